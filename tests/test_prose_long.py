"""Classes of error found on long, mixed reports (issue 10, F7), each on sentences written for this test
(invented bodies, places and numbers). Spans are marked as a tagger would (``[phrase|LABEL]``); some counts and
words are left untagged on purpose, as the real tagger leaves them.
"""
from __future__ import annotations

from tests.test_linker import facts_of


# --- a list by handling unit is no received total ------------------------------------------------------------

def test_two_units_receiving_are_a_list_by_unit():
    assert facts_of("乙市水务局[受理|RECEIVED][15|COUNT]件，乙市交通运输局[受理|RECEIVED][6|COUNT]件。") == {}
    assert facts_of("区城管执法大队[受理|RECEIVED][4|COUNT]件，区环境监测站[受理|RECEIVED][2|COUNT]件。") == {}


def test_one_unit_after_a_lead_is_a_list_by_unit():
    assert facts_of("按承办部门分，县财政局本级[受理|RECEIVED][11|COUNT]件，其余由乡镇受理。") == {}


def test_heading_on_the_line_announces_the_list():
    assert facts_of("（二）受理单位情况。戊县农业农村局[受理|RECEIVED][3|COUNT]件。") == {}


def test_the_own_body_or_all_of_it_is_no_unit():
    assert facts_of("本局[受理|RECEIVED][18|COUNT]件，下属戊县档案馆[受理|RECEIVED][2|COUNT]件。") == {
        "requests.received": 18}
    assert facts_of("全县各部门共[受理|RECEIVED]申请[64|COUNT]件。") == {"requests.received": 64}


def test_total_then_unit_list_then_all_answered():
    text = ("全年共[受理|RECEIVED]申请[33|COUNT]件。从受理单位看，己区住建局[受理|RECEIVED][20|COUNT]件，"
            "己区民政局[受理|RECEIVED][13|COUNT]件。上述申请均已按期答复。")
    assert facts_of(text) == {"requests.received": 33, "requests.outcome.total": 33}


def test_other_departments_are_no_outcome():
    assert facts_of("[其他|OUTCOME]单位合计[受理|RECEIVED][7|COUNT]件。") == {}
    assert facts_of("[予以公开|OUTCOME][5|COUNT]件，[其他|OUTCOME][2|COUNT]件。") == {
        "requests.outcome.disclosed": 5, "requests.outcome.other": 2}


def test_a_class_of_published_items_is_no_outcome():
    assert facts_of("按类别分：办事指南类[52|COUNT]条，[其他类|OUTCOME][1,204|COUNT]条。") == {}
    assert facts_of("其中办事指南类[52|COUNT]条，政策解读类[18|COUNT]条，[其他|OUTCOME][33|COUNT]条。") == {}
    assert facts_of("[告知申请人向其他机关申请|OUTCOME][2|COUNT]人次。") == {"requests.outcome.not_this_agency": 2}


# --- answered totals ---------------------------------------------------------------------------------------------

def test_late_answers_alone_are_no_answered_total():
    assert facts_of("其中因涉及第三方延期[答复|ANSWERED]的申请[4|COUNT]件。") == {}
    assert facts_of("[延期答复|ANSWERED][3|COUNT]件。") == {}
    assert facts_of("已[答复|ANSWERED]申请[12|COUNT]件。") == {"requests.outcome.total": 12}


def test_answered_in_the_received_totals_own_clause():
    assert facts_of("所[收到|RECEIVED]的[19|COUNT]件申请均已办结。") == {
        "requests.received": 19, "requests.outcome.total": 19}
    assert facts_of("所[收到|RECEIVED]的[19|COUNT]件申请中[2|COUNT]件已办结。") == {"requests.received": 19}


def test_count_after_all_answered_in_the_received_sentence():
    assert facts_of("本年[受理|RECEIVED]申请[72|COUNT]件，已全部按规定作出答复[70|COUNT]件，另有[2|COUNT]件结转下年度办理。") == {
        "requests.received": 72, "requests.outcome.total": 70, "requests.carried_forward": 2}
    assert facts_of("本年[受理|RECEIVED]申请[72|COUNT]件，已按时办结[65|COUNT]件。") == {"requests.received": 72}


# --- applicants, sub-reasons -------------------------------------------------------------------------------------

def test_privacy_of_a_person_is_no_applicant():
    assert facts_of("[不予公开|OUTCOME]的[6|COUNT]件中，涉及[个人|APPLICANT]隐私的[2|COUNT]件。") == {
        "requests.outcome.withheld": 6}
    assert facts_of("[个人|APPLICANT]申请[9|COUNT]件。") == {"requests.applicant.natural_person": 9}


def test_unpaid_fee_aside_after_the_other_group():
    assert facts_of("[其他处理|OUTCOME][3|COUNT]件（申请人未按规定缴纳信息处理费）。") == {
        "requests.outcome.other": 3, "requests.outcome.other.unpaid_fee": 3}
    assert facts_of("[其他处理|OUTCOME][3|COUNT]件（逾期未补正、未缴纳费用）。") == {"requests.outcome.other": 3}


# --- complaints and fees -----------------------------------------------------------------------------------------

def test_reports_about_another_matter_are_no_complaints():
    assert facts_of("受理群众反映环境污染[举报|CASE][48|COUNT]件。") == {}
    assert facts_of("全年办结涉农资金问题[举报|CASE][12|COUNT]件。") == {}
    assert facts_of("全年收到涉及政府信息公开工作的[举报|CASE][2|COUNT]件。") == {"complaints.total": 2}


def test_irregular_charging_denied_is_no_fee_zero():
    text = "全年[收取|FEE]复制费用共计2,150元，[未发生|ZERO]违规[收费|FEE]问题。"
    assert facts_of(text) == {"fees.amount_yuan": 2150}
    assert facts_of("本年度[未|ZERO][收取|FEE]任何费用。") == {"fees.amount_yuan": 0}
    assert facts_of("全年[未发生|ZERO]乱[收费|FEE]现象。") == {}


# --- results read from the statements after a case total -----------------------------------------------------

def test_a_table_line_after_a_single_case_gives_no_result():
    text = "本年度发生[行政复议|CASE][1|COUNT]件。\n| 行政复议 | 结果维持 | 0 | 结果纠正 | 0 | 其他结果 | 1 |\n"
    assert facts_of(text) == {"review.total": 1}
    assert facts_of("本年度发生[行政复议|CASE][1|COUNT]件。复议机关维持了原答复。") == {
        "review.total": 1, "review.upheld": 1}


def test_cases_said_to_concern_disclosure_survive_a_later_zero():
    text = ("本局发生政府信息公开[行政复议|CASE][3|COUNT]件，[一|COUNT]件[维持|RESULT]；[行政诉讼|CASE][1|COUNT]件，[尚在审理中|RESULT]。"
            "全年[未|ZERO]发生有关政府信息公开的[举报|CASE]。")
    assert facts_of(text) == {"review.total": 3, "review.upheld": 1, "litigation.total": 1, "litigation.pending": 1,
                              "complaints.total": 0}


# --- not this year's figure: durations, many years, parts of the year; handled totals ---------------------------

def test_a_duration_is_no_count():
    assert facts_of("对收到的申请均依法[答复|ANSWERED]，平均[答复|ANSWERED]时间为[7|COUNT]个工作日。") == {}
    assert facts_of("所有申请均已[办结|ANSWERED]，[无|ZERO]超期[答复|ANSWERED]。") == {}


def test_many_years_and_parts_of_the_year_are_no_totals():
    assert facts_of("自条例施行以来，累计[受理|RECEIVED]申请[950|COUNT]件。") == {}
    assert facts_of("今年以来共[受理|RECEIVED]申请[44|COUNT]件。") == {"requests.received": 44}
    assert facts_of("自新条例施行以来，本局[受理|RECEIVED]申请[23|COUNT]件。") == {"requests.received": 23}
    assert facts_of("一季度[收到|RECEIVED]申请[9|COUNT]件。") == {}


def test_handled_with_carried_included_is_no_received_total():
    assert facts_of("全年[办理|RECEIVED]依申请公开[41|COUNT]件（含2020年[结转|CARRY_FORWARD][3|COUNT]件）。") == {
        "requests.carried_over": 3}
    assert facts_of("全年共[受理|RECEIVED]申请[41|COUNT]件（含[上年结转|CARRY_OVER][3|COUNT]件）。") == {
        "requests.received": 41, "requests.carried_over": 3}


def test_a_zero_of_another_case_type_in_the_next_sentence_keeps_the_cases():
    text = "有申请人对答复不服，申请[行政复议|CASE][一|COUNT]件。本年度[未|ZERO]发生因政府信息公开引起的[行政诉讼|CASE]。"
    assert facts_of(text) == {"review.total": 1, "litigation.total": 0}
    text = "共受理[行政复议|CASE][5|COUNT]起，[没有|ZERO]因政府信息公开被提起的[行政复议|CASE]。"
    assert facts_of(text) == {"review.total": 0}


def test_parts_of_the_year_between_a_total_and_all_answered():
    text = ("全年共[收到|RECEIVED]申请[17|COUNT]件。其中上半年[7|COUNT]件，下半年[10|COUNT]件。"
            "对收到的申请，均在规定时限内予以[答复|ANSWERED]。")
    assert facts_of(text) == {"requests.received": 17, "requests.outcome.total": 17}


def test_topics_between_a_total_and_all_answered():
    text = ("全年共[受理|RECEIVED]申请[9|COUNT]件，同比下降10%（上年[10|COUNT]件）。涉及征地补偿的[5|COUNT]件，涉及社会救助的[4|COUNT]件。"
            "所有申请均已[办结|ANSWERED]。")
    assert facts_of(text) == {"requests.received": 9, "requests.outcome.total": 9}


def test_none_of_one_more_channel_in_a_breakdown_is_its_zero():
    text = "共[受理|RECEIVED]申请[8|COUNT]件，其中[网上|CHANNEL]申请[8|COUNT]件，[无当面|CHANNEL]申请。"
    assert facts_of(text) == {"requests.received": 8, "requests.channel.online": 8, "requests.channel.in_person": 0}


def test_circled_list_markers_are_no_counts():
    text = ("①申请数量。全年共[受理|RECEIVED]申请[6|COUNT]件。[②|COUNT]申请方式。[当面|CHANNEL]提交[6|COUNT]件。"
            "[③|COUNT]办理结果。所有申请均已[办结|ANSWERED]。")
    assert facts_of(text) == {"requests.received": 6, "requests.channel.in_person": 6, "requests.outcome.total": 6}


# --- answered within the legal limit, the verb untagged (F8) -----------------------------------------------------

def test_answered_within_the_legal_limit_is_the_answered_total():
    text = ("本年度共[受理|RECEIVED]申请[58|COUNT]人次。在法定期限内答复[55|COUNT]人次，"
            "其余[3|COUNT]人次因申请人撤回而终止。")
    assert facts_of(text)["requests.outcome.total"] == 55
    assert facts_of("全年[收到|RECEIVED]申请[19|COUNT]件。在法定期限内答复[17|COUNT]件。") == {
        "requests.received": 19, "requests.outcome.total": 17}


def test_answered_within_the_limit_needs_a_larger_received_total_before_it():
    assert facts_of("在法定期限内答复[26|COUNT]件。") == {}
    assert facts_of("全年[收到|RECEIVED]申请[4|COUNT]件。在法定期限内答复[26|COUNT]件。") == {"requests.received": 4}
    assert facts_of("全年[收到|RECEIVED]申请[40|COUNT]件。在法定期限内答复来电咨询[26|COUNT]人次。") == {
        "requests.received": 40}


# --- one request, its answer told in words (F8) ------------------------------------------------------------------

def test_one_request_disclosed_in_words():
    text = "本年度[收到|RECEIVED]申请[1|COUNT]件，内容为查阅渠道维修记录，已按期依法予以公开。"
    assert facts_of(text) == {"requests.received": 1, "requests.outcome.disclosed": 1}
    text = "全年共[收到|RECEIVED]申请[1|COUNT]件，申请人为本乡村民。该申请已依法公开。"
    assert facts_of(text) == {"requests.received": 1, "requests.outcome.disclosed": 1}


def test_one_request_not_or_partly_disclosed_or_several_gives_no_disclosed():
    assert facts_of("全年[收到|RECEIVED]申请[1|COUNT]件，已部分予以公开。") == {"requests.received": 1}
    assert facts_of("全年[收到|RECEIVED]申请[1|COUNT]件，经审查不予公开。") == {"requests.received": 1}
    assert facts_of("全年[收到|RECEIVED]申请[6|COUNT]件，已依法予以公开。") == {"requests.received": 6}
    assert facts_of("全年[收到|RECEIVED]申请[1|COUNT]件。本局主动公开文件已公开。") == {"requests.received": 1}


# --- an area-wide total next to the government's own level (F8) --------------------------------------------------

def test_own_level_inside_an_area_wide_total_is_the_received_total():
    text = "全市各区、市直各部门本年度共[受理|RECEIVED]申请[316|COUNT]件，其中市政府本级[47|COUNT]件。"
    assert facts_of(text) == {"requests.received": 47}
    text = "全镇各村、各站所共[收到|RECEIVED]申请[9|COUNT]件，其中镇本级[2|COUNT]件。"
    assert facts_of(text) == {"requests.received": 2}


def test_area_wide_total_without_own_level_stays():
    assert facts_of("全区各街道共[受理|RECEIVED]申请[52|COUNT]件，其中[网上|CHANNEL]申请[30|COUNT]件。") == {
        "requests.received": 52, "requests.channel.online": 30}
    assert facts_of("本局共[受理|RECEIVED]申请[52|COUNT]件，其中本级[30|COUNT]件。")["requests.received"] == 52


def test_area_aggregate_including_own_level_gives_way_to_the_own_figure():
    text = ("区政府本级[收到|RECEIVED]申请[18|COUNT]件。另，全区各街道、各部门共[收到|RECEIVED]申请"
            "[264|COUNT]件（含区政府本级），详见各单位报告。")
    assert facts_of(text) == {"requests.received": 18}
    assert facts_of("全区各街道、各部门共[收到|RECEIVED]申请[264|COUNT]件（含区政府本级）。") == {
        "requests.received": 264}
