from build import Report
REPORTS: list[Report] = []
