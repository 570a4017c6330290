"""The classes of issue 10 item 3, each on several sentences written for this test (invented bodies and
numbers), in both scripts where the class has a script-specific form.

Spans are marked as the tagger would (``[phrase|LABEL]``, see :func:`tests.test_linker.mark`); some
sentences leave words untagged on purpose, because the real tagger does (a zero phrase, 申诉, an anchor):
the rules that read the lexicon must cover them.
"""
from __future__ import annotations

from tests.test_linker import facts_of


# --- abstain on combined categories --------------------------------------------------------------------

def test_combined_outcomes_give_no_field():
    assert facts_of("[予以公开|OUTCOME]及[部分公开|OUTCOME][15|COUNT]件。") == {}
    assert facts_of("[不予公开|OUTCOME]和[无法提供|OUTCOME]的共[6|COUNT]件，[不予处理|OUTCOME][1|COUNT]件。") == {
        "requests.outcome.not_processed": 1}
    assert facts_of("[予以公開|OUTCOME]與[部分公開|OUTCOME]的[22|COUNT]件。") == {}


def test_combined_case_types_give_no_field_unless_each_or_all():
    assert facts_of("发生[行政复议|CASE]、[行政诉讼|CASE]案件[3|COUNT]件。") == {}
    assert facts_of("[行政复议|CASE]和[行政诉讼|CASE]各[2|COUNT]件。") == {"review.total": 2, "litigation.total": 2}
    assert facts_of("[行政複議|CASE]、[行政訴訟|CASE]均為[0|COUNT]件。") == {"review.total": 0, "litigation.total": 0}


def test_an_outcome_beside_another_kind_of_category_is_still_linked():
    # two labels (applicant + channel) are not a list of one kind: nearest, lower confidence
    assert facts_of("[企业|APPLICANT][网上|CHANNEL]申请[4|COUNT]件。") == {"requests.channel.online": 4}


# --- section and topic ----------------------------------------------------------------------------------

def test_approvals_and_licences_are_not_disclosure_requests():
    assert facts_of("服务中心窗口全年[受理|RECEIVED]行政许可申请[912|COUNT]件。") == {}
    assert facts_of("全年[辦理|RECEIVED]行政審批事項[2406|COUNT]件，[受理|RECEIVED]政府資訊公開申請[18|COUNT]件。") == {
        "requests.received": 18}


def test_consultations_hotline_and_mailbox_are_not_requests():
    assert facts_of("[网上|CHANNEL]咨询[57|COUNT]件，[信函|CHANNEL]申请[3|COUNT]件。") == {"requests.channel.mail": 3}
    assert facts_of("局长信箱[收到|RECEIVED]留言[233|COUNT]条。") == {}
    assert facts_of("12345热线[接到|RECEIVED]群众来电[1804|COUNT]个，[收到|RECEIVED]公开申请[9|COUNT]件。") == {
        "requests.received": 9}


def test_proactive_disclosure_and_item_counts_are_not_request_facts():
    assert facts_of("全年主动公开政府信息[860|COUNT]条，其中[不予公开|OUTCOME]信息[3|COUNT]条。") == {}
    assert facts_of("依申请公开信息数[46|COUNT]条。") == {}
    # 已主动公开 is an outcome of a request, not proactive disclosure
    assert facts_of("[属于已主动公开范围|OUTCOME]的[5|COUNT]件，[同意公开|OUTCOME][9|COUNT]件。") == {
        "requests.outcome.already_public": 5, "requests.outcome.disclosed": 9}


def test_a_request_for_review_is_a_review():
    assert facts_of("[收到|RECEIVED][2|COUNT]件涉及信息公开的[行政复议|CASE]申请。") == {"review.total": 2}


def test_the_bodys_other_cases_are_not_disclosure_cases():
    got = facts_of("本局共办理[行政复议|CASE][5|COUNT]起、[行政诉讼|CASE][1|COUNT]起、[举报投诉|CASE][11|COUNT]起，"
                   "均未涉及政府信息公开。[没有|ZERO]因政府信息公开被提起的[行政复议|CASE]。")
    assert got == {"review.total": 0}
    got = facts_of("本廳共辦理[行政複議|CASE][5|COUNT]起，[沒有|ZERO]因政府資訊公開而被提起的[行政複議|CASE]。")
    assert got == {"review.total": 0}
    assert facts_of("受理学生[申诉|CASE]案件[6|COUNT]件。") == {}


# --- zeros stated once for a list ------------------------------------------------------------------------

def test_zero_for_a_list_of_case_types_tagged_or_not():
    assert facts_of("本年度[未|ZERO]发生因政府信息公开引起的[行政复议|CASE]、[行政诉讼|CASE]及申诉案件。") == {
        "review.total": 0, "litigation.total": 0, "complaints.total": 0}
    assert facts_of("全年未发生涉及信息公开的复议、诉讼和申诉。") == {
        "review.total": 0, "litigation.total": 0, "complaints.total": 0}
    assert facts_of("本年度未發生因政府資訊公開引起的行政複議、行政訴訟及申訴案件。") == {
        "review.total": 0, "litigation.total": 0, "complaints.total": 0}


def test_zero_requests_and_zero_fees():
    assert facts_of("本年度没有接到政府信息公开申请。") == {"requests.received": 0}
    assert facts_of("全年[未|ZERO][收到|RECEIVED]公民、法人或其他组织提出的信息公开申请。") == {"requests.received": 0}
    assert facts_of("办理依申请公开时未向申请人[收取|FEE]任何费用。") == {"fees.amount_yuan": 0}
    assert facts_of("本機關沒有[收取|FEE]資訊檢索費用。") == {"fees.amount_yuan": 0}


def test_words_with_a_zero_character_assert_nothing():
    assert facts_of("所有数据经核实无误后第一时间在网上[公开|OUTCOME]。") == {}
    assert facts_of("案件[尚未审结|RESULT]。") == {}
    assert facts_of("[未|ZERO]经[复议|CASE]直接起诉的情况。") == {}


# --- distributive wording ---------------------------------------------------------------------------------

def test_all_answered_gives_the_answered_total():
    assert facts_of("本年[收到|RECEIVED]申请[6|COUNT]件，均已按时答复。") == {
        "requests.received": 6, "requests.outcome.total": 6}
    assert facts_of("本年[收到|RECEIVED]申請[6|COUNT]件。對收到的申請全部按時答覆完畢。") == {
        "requests.received": 6, "requests.outcome.total": 6}
    # an answered total stated in the prose wins; a partial answer gives nothing
    assert facts_of("[收到|RECEIVED]申请[6|COUNT]件，[办结|ANSWERED][5|COUNT]件，均已按时答复。") == {
        "requests.received": 6, "requests.outcome.total": 5}


def test_all_upheld_for_each_case_type():
    assert facts_of("[行政复议|CASE][1|COUNT]件、[行政诉讼|CASE][2|COUNT]件，均获[维持|RESULT]。") == {
        "review.total": 1, "litigation.total": 2, "litigation.upheld": 2}
    assert facts_of("[行政複議|CASE]和[行政訴訟|CASE]各[1|COUNT]件，均獲[維持|RESULT]。") == {
        "review.total": 1, "litigation.total": 1, "review.upheld": 1, "litigation.upheld": 1}


# --- breakdowns and comparisons ------------------------------------------------------------------------------

def test_last_years_figure_and_department_counts_are_not_the_total():
    assert facts_of("全年[受理|RECEIVED]申请[77|COUNT]件，去年[受理|RECEIVED][64|COUNT]件。") == {"requests.received": 77}
    assert facts_of("全区共[受理|RECEIVED]申请[210|COUNT]件。其中区住建局[受理|RECEIVED][48|COUNT]件，"
                    "区卫健委[受理|RECEIVED][12|COUNT]件。") == {"requests.received": 210}
    # 上年结转 is the carry-over, not last year's figure
    assert facts_of("[上年结转|CARRY_OVER]申请[3|COUNT]件。") == {"requests.carried_over": 3}


# --- a channel list qualifying a total ----------------------------------------------------------------------

def test_a_channel_list_qualifying_a_total_is_the_total():
    assert facts_of("通过[信函|CHANNEL]、[网络|CHANNEL]提交的申请共[64|COUNT]件。") == {"requests.received": 64}
    assert facts_of("經[當面|CHANNEL]、[網路|CHANNEL]和[傳真|CHANNEL]提交的申請共[31|COUNT]件。") == {
        "requests.received": 31}
    assert facts_of("[收到|RECEIVED][5|COUNT]份以[电子邮件|CHANNEL]方式提出的公开申请。") == {
        "requests.received": 5, "requests.channel.email": 5}


# --- sub-reasons -----------------------------------------------------------------------------------------

def test_sub_reason_gives_its_group():
    assert facts_of("因[本机关不掌握相关政府信息|OUTCOME][无法提供|OUTCOME][3|COUNT]件。") == {
        "requests.outcome.unavailable.not_held": 3, "requests.outcome.unavailable": 3}
    assert facts_of("[重复申请|OUTCOME]的[2|COUNT]件。") == {
        "requests.outcome.not_processed.duplicate": 2, "requests.outcome.not_processed": 2}
    # the group stated with its own count, or siblings: no derived group
    assert facts_of("[不予公开|OUTCOME][4|COUNT]件，其中[属于国家秘密|OUTCOME][1|COUNT]件。") == {
        "requests.outcome.withheld": 4, "requests.outcome.withheld.state_secret": 1}


def test_zero_stated_after_a_heading_or_a_list():
    assert facts_of("（三）行政诉讼情况：无。") == {"litigation.total": 0}
    assert facts_of("因政府資訊公開申請提起的行政複議、行政訴訟：無。") == {"review.total": 0, "litigation.total": 0}
    # a heading that names no statistic, or a number in between, gives nothing
    assert facts_of("（六）其他需要报告的事项：无。") == {}
    # (the 2 is the reviews' total, named untagged: rule case_named; the 无 denies nothing)
    assert facts_of("行政复议[2|COUNT]件，需要说明的问题：无。") == {"review.total": 2}


def test_a_zero_for_licence_applications_is_no_request_fact():
    assert facts_of("本年度[未|ZERO][收到|RECEIVED]行政许可申请。") == {}


def test_a_zero_that_denies_a_result_or_sits_in_a_reason_is_not_a_total():
    assert facts_of("全年没有发生行政复议被纠正的情况。") == {}
    assert facts_of("因[没有|ZERO]现成信息需要另行制作[无法提供|OUTCOME][2|COUNT]件。") == {
        "requests.outcome.unavailable": 2}


def test_last_year_tagged_as_a_carry_over_is_not_one():
    assert facts_of("本年[受理|RECEIVED]申请[54|COUNT]件，[上年|CARRY_OVER][受理|RECEIVED]申请[47|COUNT]件。") == {
        "requests.received": 54}
    assert facts_of("[上年|CARRY_OVER][结转|CARRY_FORWARD]申请[2|COUNT]件。") == {"requests.carried_over": 2}


def test_siblings_in_the_next_sentence_leave_the_group_unstated():
    got = facts_of("因[本机关不掌握相关政府信息|OUTCOME][无法提供|OUTCOME][3|COUNT]件。[需另行制作|OUTCOME]的[2|COUNT]件。")
    assert got == {"requests.outcome.unavailable.not_held": 3, "requests.outcome.unavailable.needs_creation": 2}


def test_a_case_said_not_to_concern_disclosure_is_not_a_disclosure_case():
    assert facts_of("本年度[收到|RECEIVED][行政复议|CASE]申请[1|COUNT]件，经审查不属于政府信息公开事项。") == {}
    assert facts_of("全年[行政诉讼|CASE][2|COUNT]件，均与政府信息公开工作无关。") == {}


def test_documents_classified_for_publication_are_not_requests():
    assert facts_of("全年编制政府信息目录[80|COUNT]条，其中[主动公开|OUTCOME]类[61|COUNT]条、[不予公开|OUTCOME]类[4|COUNT]条。") == {}
    assert facts_of("全年制发公文[120|COUNT]件，经审查确定[主动公开|OUTCOME][90|COUNT]件、[不予公开|OUTCOME][9|COUNT]件。") == {}


def test_a_bare_answered_count_continues_its_sentences_topic():
    assert facts_of("[受理|RECEIVED]行政审批申请[63|COUNT]件，[办结|ANSWERED][63|COUNT]件。") == {}
    assert facts_of("[受理|RECEIVED]群众诉求[19|COUNT]件，按期[办结|ANSWERED][19|COUNT]件。") == {}
    # …while a clause that says what it answered is read on its own
    assert facts_of("全年办理行政审批事项[300|COUNT]项；[受理|RECEIVED]政府信息公开申请[8|COUNT]件，[办结|ANSWERED][8|COUNT]件。") == {
        "requests.received": 8, "requests.outcome.total": 8}


def test_a_zero_for_other_applications_is_no_request_fact():
    assert facts_of("本年度没有接到营业执照变更申请。") == {}
    assert facts_of("本年度没有接到申请。") == {"requests.received": 0}
