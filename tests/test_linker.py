"""The linker on sentences written for these tests, with hand-made spans.

Spans are written inline as ``[phrase|LABEL]`` so every case reads like the prose it stands for; the
helper strips the markup and keeps the offsets. Isolating the linker from the tagger this way shows
exactly which rule a failure belongs to.
"""
from __future__ import annotations

import re

import pytest

from infer.linker import link
from infer.tagger import TaggedSpan

_MARK = re.compile(r"\[([^\[\]|]+)\|([A-Z_]+)\]")


def mark(marked: str, score: float = 1.0) -> tuple[str, list[TaggedSpan]]:
    """``"共[受理|RECEIVED]申请[373|COUNT]件"`` → the plain text and its spans."""
    text, spans, pos = [], [], 0
    last = 0
    for m in _MARK.finditer(marked):
        text.append(marked[last:m.start()])
        pos += m.start() - last
        phrase, label = m.group(1), m.group(2)
        spans.append(TaggedSpan(pos, pos + len(phrase), label, score))
        text.append(phrase)
        pos += len(phrase)
        last = m.end()
    text.append(marked[last:])
    return "".join(text), spans


def facts_of(marked: str) -> dict[str, int | float]:
    text, spans = mark(marked)
    facts = link(text, spans, keep_table_only=True)  # the rules' reading, table-only lawsuit kinds included
    for f in facts:
        assert text[f.start:f.end] == f.text
    out: dict[str, int | float] = {}
    for f in facts:
        assert f.field not in out, f"two values for {f.field}: {out[f.field]} and {f.value}"
        out[f.field] = f.value
    return out


# --- counts and what they count -------------------------------------------------------------------

def test_number_after_category_and_before():
    got = facts_of("本年度全区共[受理|RECEIVED]政府信息公开申请[412|COUNT]件，其中[58|COUNT]件[当面|CHANNEL]申请、"
                   "[网上|CHANNEL]申请[301|COUNT]件、[39|COUNT]件[信函|CHANNEL]申请、[其他形式|CHANNEL]申请[14|COUNT]件。")
    assert got == {"requests.received": 412, "requests.channel.in_person": 58,
                   "requests.channel.online": 301, "requests.channel.mail": 39,
                   "requests.channel.other": 14}


def test_category_then_de_then_number_traditional():
    got = facts_of("本年共[收到|RECEIVED]政府信息公開申請[1288|COUNT]件。其中，[當面|CHANNEL]提交申請的[906|COUNT]件，"
                   "占70.3%；[網路|CHANNEL]提交申請的[382|COUNT]件，占29.7%。")
    assert got == {"requests.received": 1288, "requests.channel.in_person": 906,
                   "requests.channel.online": 382}


def test_two_pairs_in_one_piece_without_separator():
    assert facts_of("[当面|CHANNEL]申请[12|COUNT]件[信函|CHANNEL]申请[3|COUNT]件") == {
        "requests.channel.in_person": 12, "requests.channel.mail": 3}
    assert facts_of("[12|COUNT]件[当面|CHANNEL]申请[3|COUNT]件[信函|CHANNEL]申请") == {
        "requests.channel.in_person": 12, "requests.channel.mail": 3}


def test_outcomes_specific_beats_answered_anchor():
    got = facts_of("[同意公开|OUTCOME][答复|ANSWERED][88|COUNT]件，[不予公开|OUTCOME][答复|ANSWERED][9|COUNT]件，"
                   "[申请信息不存在|OUTCOME][31|COUNT]件，[不属于本行政机关公开|OUTCOME][12|COUNT]件。")
    assert got == {"requests.outcome.disclosed": 88, "requests.outcome.withheld": 9,
                   "requests.outcome.nonexistent": 31, "requests.outcome.not_this_agency": 12}


def test_answered_total_carry_forward_and_applicants():
    got = facts_of("本年度[已答复完毕|ANSWERED][40|COUNT]件，另有[3|COUNT]件[顺延至下一年度|CARRY_FORWARD]办理。"
                   "[上年结转|CARRY_OVER]申请[5|COUNT]件。[自然人|APPLICANT]申请[41|COUNT]件，"
                   "[法人或其他组织|APPLICANT]申请[2|COUNT]件。")
    assert got == {"requests.outcome.total": 40, "requests.carried_forward": 3,
                   "requests.carried_over": 5, "requests.applicant.natural_person": 41,
                   "requests.applicant.organization": 2}


def test_traditional_outcomes():
    got = facts_of("[已經答覆|ANSWERED]的[620|COUNT]件。其中，“[屬於已主動公開範圍|OUTCOME]數”[57|COUNT]件，占9.2%；"
                   "“[同意部分公開|OUTCOME]答覆”[112|COUNT]件；“[不同意公開|OUTCOME]答覆”[93|COUNT]件；“[其他|OUTCOME]”[8|COUNT]件。")
    assert got == {"requests.outcome.total": 620, "requests.outcome.already_public": 57,
                   "requests.outcome.partial": 112, "requests.outcome.withheld": 93,
                   "requests.outcome.other": 8}


def test_reason_beside_its_outcome_is_the_sub_field():
    got = facts_of("因[本机关不掌握相关政府信息][无法提供|OUTCOME][5|COUNT]件，[属于国家秘密|OUTCOME]不予公开[1|COUNT]件。"
                   .replace("[本机关不掌握相关政府信息]", "[本机关不掌握相关政府信息|OUTCOME]"))
    # a sub-reason gives its group too (issue 10: 因本机关不掌握…无法提供3件 → not_held and unavailable)
    assert got == {"requests.outcome.unavailable.not_held": 5, "requests.outcome.unavailable": 5,
                   "requests.outcome.withheld.state_secret": 1, "requests.outcome.withheld": 1}


def test_reason_among_others_leaves_the_count_to_its_outcome():
    # 等(原因): the reason is one example; the count is the outcome's, and the reason has none.
    got = facts_of("因[本机关不掌握相关政府信息|OUTCOME]等原因[无法提供|OUTCOME][12|COUNT]件；[不予处理|OUTCOME][3|COUNT]件。")
    assert got == {"requests.outcome.unavailable": 12, "requests.outcome.not_processed": 3}
    got = facts_of("因[本機關不掌握相關政府資訊|OUTCOME]等情形[無法提供|OUTCOME][7|COUNT]件。")
    assert got == {"requests.outcome.unavailable": 7}


def test_outcome_named_after_a_sole_reason_counts_the_same_items():
    got = facts_of("予以公开[2|COUNT]件；另[1|COUNT]件因[本机关不掌握相关政府信息|OUTCOME]，作[无法提供|OUTCOME]处理。"
                   .replace("予以公开", "[予以公开|OUTCOME]"))
    assert got == {"requests.outcome.disclosed": 2, "requests.outcome.unavailable": 1,
                   "requests.outcome.unavailable.not_held": 1}
    got = facts_of("另有[一|COUNT]件因[本機關不掌握相關政府資訊|OUTCOME]，作[無法提供|OUTCOME]處理。")
    assert got == {"requests.outcome.unavailable": 1, "requests.outcome.unavailable.not_held": 1}


def test_outcome_after_two_reasons_is_not_given_either_count():
    got = facts_of("[1|COUNT]件因[本机关不掌握相关政府信息|OUTCOME]、[2|COUNT]件因[需另行制作|OUTCOME]，"
                   "均作[无法提供|OUTCOME]处理。")
    assert got == {"requests.outcome.unavailable.not_held": 1, "requests.outcome.unavailable.needs_creation": 2}


def test_competing_categories_lower_confidence():
    text, spans = mark("[自然人|APPLICANT][网上|CHANNEL]申请[4|COUNT]件")
    (f,) = link(text, spans)
    assert f.field == "requests.channel.online" and f.score < 1.0


# --- cases and inherited case types ---------------------------------------------------------------

def test_results_inherit_the_case_type():
    got = facts_of("本年度发生涉及政府信息公开的[行政复议|CASE]案件[4|COUNT]件，发生涉及政府信息公开的[行政诉讼|CASE]案件"
                   "[9|COUNT]件，其中[3|COUNT]件原告[撤诉|RESULT]，[2|COUNT]件[判决驳回诉讼请求|RESULT]，"
                   "[1|COUNT]件[判决履行信息公开职责|RESULT]，[3|COUNT]件[正在审理|RESULT]过程中。")
    assert got == {"review.total": 4, "litigation.total": 9, "litigation.other": 3,
                   "litigation.upheld": 2, "litigation.corrected": 1, "litigation.pending": 3}


def test_traditional_cases_and_results_before_number():
    got = facts_of("[行政複議|CASE]案[6|COUNT]件，其中[維持|RESULT][4|COUNT]件、[糾正|RESULT][2|COUNT]件；"
                   "[行政訴訟|CASE]案[2|COUNT]件，[尚未審結|RESULT][2|COUNT]件。")
    assert got == {"review.total": 6, "review.upheld": 4, "review.corrected": 2,
                   "litigation.total": 2, "litigation.pending": 2}


def test_case_type_not_inherited_across_a_topic_change():
    # The RESULT is far from any case type once the prose moves on to requests: no guess.
    got = facts_of("[行政复议|CASE][2|COUNT]件。[网上|CHANNEL]申请[7|COUNT]件，其中[2|COUNT]件[维持|RESULT]原答复。")
    assert got == {"review.total": 2, "requests.channel.online": 7}


def test_untagged_case_word_of_a_new_statement_beats_the_inherited_case():
    # 行政诉讼 of the second statement is not tagged: its results must not inherit 行政复议.
    got = facts_of("本机关被申请[行政复议|CASE][2|COUNT]件，均已办结；行政诉讼案件中，[维持|RESULT][1|COUNT]件，"
                   "[尚在审理|RESULT][1|COUNT]件。")
    assert got == {"review.total": 2, "litigation.upheld": 1, "litigation.pending": 1}
    got = facts_of("本機關被申請[行政複議|CASE][2|COUNT]件。行政訴訟案件中，[維持|RESULT][1|COUNT]件，"
                   "[尚在審理|RESULT][1|COUNT]件。")
    assert got == {"review.total": 2, "litigation.upheld": 1, "litigation.pending": 1}


def test_court_words_of_a_new_statement_turn_an_inherited_review_into_litigation():
    got = facts_of("发生[行政复议|CASE][3|COUNT]件，[维持|RESULT][3|COUNT]件。另有法院[判决维持|RESULT][1|COUNT]件，"
                   "原告[撤诉|RESULT][2|COUNT]件。")
    assert got == {"review.total": 3, "review.upheld": 3, "litigation.upheld": 1, "litigation.other": 2}
    got = facts_of("發生[行政複議|CASE][3|COUNT]件，[維持|RESULT][3|COUNT]件；其後法院[判決維持|RESULT][1|COUNT]件，"
                   "原告[撤訴|RESULT][2|COUNT]件。")
    assert got == {"review.total": 3, "review.upheld": 3, "litigation.upheld": 1, "litigation.other": 2}


def test_court_words_inside_one_statement_keep_the_tagged_case():
    # Within the statement that names 行政复议, a loose 撤诉 stays a review result.
    got = facts_of("[行政复议|CASE][3|COUNT]件，其中申请人[撤诉|RESULT][1|COUNT]件，[维持|RESULT][2|COUNT]件。")
    assert got == {"review.total": 3, "review.other": 1, "review.upheld": 2}
    # A new statement without court words or a case word keeps inheriting.
    got = facts_of("[行政复议|CASE][3|COUNT]件。其中[维持|RESULT][2|COUNT]件，[纠正|RESULT][1|COUNT]件。")
    assert got == {"review.total": 3, "review.upheld": 2, "review.corrected": 1}


def test_results_after_a_breakdown_count_the_whole_case_type():
    got = facts_of("[行政訴訟|CASE][11|COUNT]件（[未經複議直接起訴|CASE][7|COUNT]件、[複議後起訴|CASE][4|COUNT]件），"
                   "其中法院[判決駁回訴訟請求|RESULT][6|COUNT]件，原告[撤訴|RESULT][1|COUNT]件。")
    assert got == {"litigation.total": 11, "litigation.direct.total": 7, "litigation.after_review.total": 4,
                   "litigation.upheld": 6, "litigation.other": 1}


def test_complaints_and_lawsuit_kinds():
    got = facts_of("收到[举报投诉|CASE][3|COUNT]件。[复议后起诉|CASE]的[2|COUNT]件均[维持|RESULT]，"
                   "[未经复议直接起诉|CASE][1|COUNT]件。")
    assert got["complaints.total"] == 3
    assert got["litigation.after_review.total"] == 2
    assert got["litigation.after_review.upheld"] == 2  # 均维持: every one of the 2
    assert got["litigation.direct.total"] == 1


def test_all_of_distributes_over_the_list():
    assert facts_of("[行政复议|CASE]、[行政诉讼|CASE]均为[0|COUNT]件。") == {"review.total": 0, "litigation.total": 0}
    assert facts_of("本年度[行政複議|CASE]和[行政訴訟|CASE]案件均為[0|COUNT]件。") == {
        "review.total": 0, "litigation.total": 0}
    # without 均/各 one number for two case types is neither (issue 10: no nearest-category guessing)
    assert facts_of("[行政复议|CASE]、[行政诉讼|CASE][2|COUNT]件。") == {}


def test_number_after_a_colon():
    assert facts_of("[当面|CHANNEL]申请：[12|COUNT]件；[网上|CHANNEL]申请：[30|COUNT]件。") == {
        "requests.channel.in_person": 12, "requests.channel.online": 30}
    assert facts_of("其中：[当面|CHANNEL]申请[12|COUNT]件。") == {"requests.channel.in_person": 12}


# --- zeros -------------------------------------------------------------------------------------------

def test_explicit_zeros():
    assert facts_of("本年度[未|ZERO][收到|RECEIVED]政府信息公开申请。") == {"requests.received": 0}
    assert facts_of("全年[未|ZERO]发生涉及政府信息公开的[行政复议|CASE]、[行政诉讼|CASE]案件。") == {
        "review.total": 0, "litigation.total": 0}
    assert facts_of("依申请公开工作[无|ZERO][收费|FEE]。") == {"fees.amount_yuan": 0}
    assert facts_of("[没有|ZERO][收取|FEE]任何费用。") == {"fees.amount_yuan": 0}


def test_zero_prefers_case_types_over_an_answered_anchor():
    got = facts_of("本年[未|ZERO]發生因依申請公開[答覆|ANSWERED]產生的[行政複議|CASE]或提起的[行政訴訟|CASE]案件。")
    assert got == {"review.total": 0, "litigation.total": 0}


def test_zero_word_stops_at_clause_end():
    got = facts_of("[没有|ZERO][收费|FEE]，[当面|CHANNEL]申请[5|COUNT]件。")
    assert got == {"fees.amount_yuan": 0, "requests.channel.in_person": 5}


def test_zero_looks_back_when_nothing_follows():
    assert facts_of("[行政复议|CASE]案件[为零|ZERO]。") == {"review.total": 0}


# --- what is not a count ----------------------------------------------------------------------------

def test_percentages_are_never_counts():
    got = facts_of("[网上|CHANNEL]申请占[87.5|COUNT]%，[当面|CHANNEL]申请[20|COUNT]件，[信函|CHANNEL]申请占[12|COUNT]％。")
    assert got == {"requests.channel.in_person": 20}


def test_years_and_deltas_are_not_counts():
    got = facts_of("[2020|COUNT]年[受理|RECEIVED]申请[33|COUNT]件，比上年[增加|O_][5|COUNT]件[受理|RECEIVED]申请。"
                   .replace("[增加|O_]", "增加"))
    assert got == {"requests.received": 33}


def test_approximate_numbers_are_not_facts():
    assert facts_of("[同意部分公开|OUTCOME]的[30|COUNT]余条，[不予公开|OUTCOME]的约[12|COUNT]件，[予以公开|OUTCOME][5|COUNT]件。") == {
        "requests.outcome.disclosed": 5}


def test_ranks_are_not_counts():
    got = facts_of("[收到|RECEIVED]申请数量居前[三|COUNT]位的部门合计[受理|RECEIVED][40|COUNT]件。")
    assert got == {"requests.received": 40}
    got = facts_of("市規劃局[收到|RECEIVED]的申請量列全市第[2|COUNT]名，[網上|CHANNEL]申請[15|COUNT]件。")
    assert got == {"requests.channel.online": 15}


def test_letters_to_a_mailbox_are_not_disclosure_requests():
    got = facts_of("“市长信箱”[收到|RECEIVED]市民来信[520|COUNT]件，均已[答复|ANSWERED]；"
                   "全年[收到|RECEIVED]政府信息公开申请[31|COUNT]件。")
    assert got == {"requests.received": 31}
    got = facts_of("服務熱線[接到|RECEIVED]群眾諮詢[77|COUNT]件。本年[收到|RECEIVED]信件申請[6|COUNT]件。")
    assert got == {"requests.received": 6}


def test_wan_yuan_becomes_yuan():
    assert facts_of("全年[收取|FEE]检索复制费用[0.12|COUNT]万元。") == {"fees.amount_yuan": 1200}
    assert facts_of("[收费|FEE][35|COUNT]元。") == {"fees.amount_yuan": 35}
    assert facts_of("[收费|FEE][1.5万|COUNT]元。") == {"fees.amount_yuan": 15000}


def test_chinese_numerals():
    assert facts_of("[信函|CHANNEL]申请[两|COUNT]件，[传真|CHANNEL]申请[十二|COUNT]件。") == {
        "requests.channel.mail": 2, "requests.channel.fax": 12}


def test_unknown_category_phrase_is_not_guessed():
    assert facts_of("[飞鸽传书|CHANNEL]申请[3|COUNT]件。") == {}


def test_number_without_category_is_dropped():
    assert facts_of("全年开展培训[12|COUNT]次。") == {}


# --- duplicates, conflicts, tables ------------------------------------------------------------------

def test_repeated_statement_kept_once_conflict_kept_twice():
    text, spans = mark("全年共[受理|RECEIVED]申请[373|COUNT]件。……[受理|RECEIVED]申请[373|COUNT]件。"
                       "\n附注：本年[收到|RECEIVED]申请[370|COUNT]件。")
    facts = link(text, spans)
    received = [(f.value, f.start) for f in facts if f.field == "requests.received"]
    assert [v for v, _ in received] == [373, 370]
    assert received[0][1] == text.index("373")  # the first statement is the one kept


def test_table_rows_are_not_prose():
    text, spans = mark("[当面|CHANNEL]申请数 | [12|COUNT] | 0\n[网上|CHANNEL]申请[5|COUNT]件。")
    assert {f.field: f.value for f in link(text, spans)} == {"requests.channel.online": 5}


def test_vertical_table_cells_do_not_link():
    text, spans = mark("附表2\n[传真|CHANNEL]电话申请数\n[0|COUNT]\n[网络|CHANNEL]申请数\n[367|COUNT]\n")
    assert link(text, spans) == []


def test_exclude_ranges_and_fact_fields():
    text, spans = mark("[网上|CHANNEL]申请[5|COUNT]件，[信函|CHANNEL]申请[2|COUNT]件。", score=0.8)
    facts = link(text, spans, exclude=[(0, text.index("，"))])
    assert [(f.field, f.value) for f in facts] == [("requests.channel.mail", 2)]
    f = facts[0]
    assert f.text == "2" and text[f.start:f.end] == "2"
    assert f.sentence == text.rstrip("。")
    assert f.score == pytest.approx(0.8)
    assert f.evidence[0]["label"] == "CHANNEL" and f.evidence[0]["text"] == "信函"


def test_fallback_side_lowers_confidence():
    text, spans = mark("[行政诉讼|CASE]案件[6|COUNT]件[2|COUNT]件[撤诉|RESULT]")
    facts = {f.field: f for f in link(text, spans)}
    assert facts["litigation.total"].value == 6
    assert facts["litigation.other"].value == 2
    assert facts["litigation.other"].score < facts["litigation.total"].score


def test_count_span_with_its_unit_still_counts():
    got = facts_of("[网上|CHANNEL]申请[77件|COUNT]，[信函|CHANNEL]申请[共44件|COUNT]。")
    assert got == {"requests.channel.online": 77, "requests.channel.mail": 44}
    text, spans = mark("[网上|CHANNEL]申请[77件|COUNT]")
    (f,) = link(text, spans)
    assert f.text == "77" and text[f.start:f.end] == "77"


def test_touching_fragments_of_one_label_are_joined():
    assert facts_of("“[不|OUTCOME][同意公開|OUTCOME]答覆”[1497|COUNT]件") == {"requests.outcome.withheld": 1497}


def test_result_words_do_not_end_case_inheritance():
    got = facts_of("[行政诉讼|CASE]案件[3|COUNT]件，其中[1|COUNT]件[判决履行信息|RESULT][公开|OUTCOME][职责|RESULT]，"
                   "[2|COUNT]件[正在审理|RESULT]。")
    assert got == {"litigation.total": 3, "litigation.corrected": 1, "litigation.pending": 2}


def test_wei_jing_is_not_a_zero():
    assert facts_of("[未|ZERO]经[复议|CASE]直接起诉") == {}
    assert facts_of("[未|ZERO][收到|RECEIVED]申请，[未|ZERO]發生[行政複議|CASE]。") == {
        "requests.received": 0, "review.total": 0}


def test_respectively_pairs_in_order():
    got = facts_of("[当面|CHANNEL]申请、[网上|CHANNEL]申请和[信函|CHANNEL]申请分别为[12|COUNT]件、[45|COUNT]件和[7|COUNT]件。")
    assert got == {"requests.channel.in_person": 12, "requests.channel.online": 45, "requests.channel.mail": 7}
    got = facts_of("[同意公開|OUTCOME]、[同意部分公開|OUTCOME]、[不予公開|OUTCOME]分別為[38|COUNT]件、[6|COUNT]件、[3|COUNT]件。")
    assert got == {"requests.outcome.disclosed": 38, "requests.outcome.partial": 6, "requests.outcome.withheld": 3}
    # counts and categories that do not pair up one to one: the ordinary rules apply
    # ...and a list of channels with one count is a combined category: no guess (issue 10)
    assert facts_of("[当面|CHANNEL]、[网上|CHANNEL]申请分别为[12|COUNT]件。") == {}


def test_result_without_its_own_number_takes_a_single_or_all_total():
    assert facts_of("[行政复议|CASE][1|COUNT]件，复议机关[维持|RESULT]了原答复。") == {
        "review.total": 1, "review.upheld": 1}
    assert facts_of("[行政复议|CASE][2|COUNT]件，复议机关均[维持|RESULT]原答复。") == {
        "review.total": 2, "review.upheld": 2}
    assert facts_of("[行政诉讼|CASE][1|COUNT]件，目前[尚未审结|RESULT]。") == {
        "litigation.total": 1, "litigation.pending": 1}
    # 3 cases, one result named, no 均: unknown how many
    assert facts_of("[行政复议|CASE][3|COUNT]件，复议机关[维持|RESULT]原答复。") == {"review.total": 3}


def test_all_of_without_a_number_takes_the_total():
    assert facts_of("共[受理|RECEIVED]申请[3|COUNT]件，均为[当面|CHANNEL]提出。") == {
        "requests.received": 3, "requests.channel.in_person": 3}
    assert facts_of("[新收到|RECEIVED]申请[两|COUNT]件，均为[自然人|APPLICANT]以[信函|CHANNEL]方式提出。") == {
        "requests.received": 2, "requests.applicant.natural_person": 2, "requests.channel.mail": 2}
    assert facts_of("共[受理|RECEIVED]申请[3|COUNT]件。[当面|CHANNEL]提出的较多。") == {"requests.received": 3}


def test_a_fee_is_money():
    assert facts_of("对符合条件的申请人减免[收费|FEE][5|COUNT]件。") == {}
    assert facts_of("[收取|FEE]费用[20|COUNT]元。") == {"fees.amount_yuan": 20}


def test_fragments_joined_widened_and_unmappable_dropped():
    assert facts_of("[上年结|CARRY_OVER][转|CARRY_FORWARD][1|COUNT]件") == {"requests.carried_over": 1}
    assert facts_of("上年[結|ANSWERED][轉|CARRY_FORWARD][15|COUNT]件") == {"requests.carried_over": 15}
    assert facts_of("[部分|OUTCOME][同意公開|OUTCOME][3|COUNT]件") == {"requests.outcome.partial": 3}
    assert facts_of("部分[同意公开|OUTCOME][4|COUNT]件") == {"requests.outcome.partial": 4}
    assert facts_of("[结转下年度|CARRY_FORWARD]继续办理[2|COUNT]件") == {"requests.carried_forward": 2}
    got = facts_of("[行政诉讼|CASE]案件中，[法院|CASE][判决维持|RESULT][1|COUNT]件，原告[撤诉|RESULT][1|COUNT]件。")
    assert got == {"litigation.upheld": 1, "litigation.other": 1}
    assert facts_of("[未经|ZERO][复议|CASE]直接[起诉|CASE]") == {}


def test_lawsuit_kind_fragments_cover_the_whole_case_phrase():
    # The tagger often splits 复议后起诉 into [复议|CASE][后|RESULT][起诉|CASE]: read alone, the nearest
    # fragment 起诉 made the 1 a second litigation.total (and reconciliation a false mismatch).
    got = facts_of("被提起[行政诉讼|CASE][5|COUNT]件，其中[未经|RESULT][复议|CASE][直接起诉|RESULT][3|COUNT]件、"
                   "[复议|CASE][后|RESULT][起诉|CASE][2|COUNT]件，法院[判决维持|RESULT][4|COUNT]件。")
    assert got == {"litigation.total": 5, "litigation.direct.total": 3, "litigation.after_review.total": 2,
                   "litigation.upheld": 4}
    # traditional, the phrase tagged with a label that names nothing, or only a piece of it tagged
    got = facts_of("[行政訴訟|CASE][9|COUNT]件（[未經|RESULT][複|CASE][議直接起|RESULT][訴|CASE][6|COUNT]件、"
                   "[複議後起訴|RESULT][3|COUNT]件）。")
    assert got == {"litigation.total": 9, "litigation.direct.total": 6, "litigation.after_review.total": 3}
    got = facts_of("[行政诉讼|CASE][7|COUNT]件（经[复议|CASE]后提起诉讼[2|COUNT]件、[直接|CASE][向|RESULT]"
                   "[人民法院起诉|CASE][5|COUNT]件）。")
    assert got == {"litigation.total": 7, "litigation.after_review.total": 2, "litigation.direct.total": 5}
    # a bare 复议 right before 后起诉 is never a review, whatever its span covers
    assert facts_of("[复议|CASE]后起诉[1|COUNT]件") == {"litigation.after_review.total": 1}
    assert facts_of("[行政複議|CASE]後起訴[2|COUNT]件") == {"litigation.after_review.total": 2}
    # ...while a review followed by something else stays a review
    assert facts_of("[行政复议|CASE][3|COUNT]件，[复议|CASE]后均[维持|RESULT]。") == {
        "review.total": 3, "review.upheld": 3}


def test_case_phrase_cover_keeps_a_neighbour_that_reaches_past_it():
    from infer.span_repair import repair

    # 驳回 belongs to a RESULT span that reaches past 复议后起诉: nothing is cut, spans stay as tagged
    text, spans = mark("[复议|CASE]后[起诉驳回|RESULT][1|COUNT]件")
    assert [(s.text, s.label) for s in repair(text, spans)] == [
        ("复议", "CASE"), ("起诉驳回", "RESULT"), ("1", "COUNT")]
    # a count span that swallowed the phrase's tail is reduced to its numeral first, then covered
    text, spans = mark("[复议|CASE][后起诉1|COUNT]件")
    assert [(s.text, s.label) for s in repair(text, spans)] == [("复议后起诉", "CASE"), ("1", "COUNT")]


def test_spans_outside_text_are_ignored():
    text = "网上申请5件"
    assert link(text, [TaggedSpan(0, 2, "CHANNEL", 1.0), TaggedSpan(4, 99, "COUNT", 1.0)]) == []
