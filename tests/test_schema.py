"""The field schema in code must match the contract file ../shared/schema/fields.tsv."""
import csv

from infer import labels, lexicon, schema


def test_schema_matches_shared_tsv(shared_dir):
    with open(shared_dir / "schema" / "fields.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    shared_keys = [r["key"] for r in rows]
    for key in shared_keys:
        if key.endswith(".*"):
            prefix = key[:-1]
            assert any(k.startswith(prefix) for k in schema.FIELD_KEYS), key
        else:
            assert schema.is_field(key), key
    # sub-rows named in the notes column exist too (e.g. withheld.state_secret)
    for r in rows:
        for token in r["notes"].replace(",", " ").split():
            if token.count(".") == 1 and token.split(".")[0] in {"withheld", "unavailable", "not_processed", "other"}:
                assert schema.is_field(f"requests.outcome.{token}"), token


def test_every_lexicon_target_is_a_field():
    for table in (lexicon.CHANNEL_SYNONYMS, lexicon.APPLICANT_SYNONYMS, lexicon.OUTCOME_SYNONYMS):
        for key in table:
            assert schema.is_field(key), key
    for key in lexicon.ANCHOR_FIELDS.values():
        assert schema.is_field(key)
    for suffix in lexicon.RESULT_SYNONYMS:
        assert schema.is_field(f"review.{suffix}") and schema.is_field(f"litigation.{suffix}")


def test_traditional_lookup():
    assert lexicon.category_field("CHANNEL", "網路提交") == "requests.channel.online"
    assert lexicon.category_field("OUTCOME", "不同意公開答覆") == "requests.outcome.withheld"
    assert lexicon.category_field("OUTCOME", "同意部分公開") == "requests.outcome.partial"
    assert lexicon.category_field("CASE", "行政複議") == "review"
    assert lexicon.category_field("RESULT", "撤訴") == "other"
    assert lexicon.category_field("CHANNEL", "火星") is None


def test_bio_tags_derived_from_labels():
    assert labels.BIO_TAGS[0] == "O"
    assert len(labels.BIO_TAGS) == 1 + 2 * len(labels.LABEL_NAMES)
    assert labels.TAG2ID["B-COUNT"] == 1


def test_a_lone_character_is_no_carry_over():
    assert lexicon.category_field("CARRY_FORWARD", "轉") is None
    assert lexicon.category_field("CARRY_FORWARD", "結轉下年度") == "requests.carried_forward"
    assert lexicon.category_field("FEE", "收") == "fees.amount_yuan"


def test_table_only_keys_follow_the_contract(shared_dir):
    """Keys fields.tsv marks "table only" are never prose facts; every other scored key may be."""
    with open(shared_dir / "schema" / "fields.tsv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    table_only = {r["key"][:-1] for r in rows if "table only" in r["where it comes from"]}
    assert table_only == set(schema.TABLE_ONLY_PREFIXES)
    for key in schema.FIELD_KEYS:
        assert schema.is_prose_field(key) == (not any(key.startswith(p) for p in table_only)), key


def test_lawsuit_split_in_prose_gives_no_fact():
    from infer.prose.linker import link
    text = "本年度被提起行政诉讼5件，其中未经复议直接起诉3件、复议后起诉2件。"
    spans = [type("S", (), {"start": s, "end": e, "label": l, "score": 1.0})()
             for s, e, l in ((text.index("行政诉讼"), text.index("行政诉讼") + 4, "CASE"),
                             (text.index("5件"), text.index("5件") + 1, "COUNT"),
                             (text.index("未经复议直接起诉"), text.index("未经复议直接起诉") + 8, "CASE"),
                             (text.index("3件"), text.index("3件") + 1, "COUNT"),
                             (text.index("复议后起诉"), text.index("复议后起诉") + 5, "CASE"),
                             (text.index("2件"), text.index("2件") + 1, "COUNT"))]
    facts = {(f.field, f.value) for f in link(text, spans)}
    assert ("litigation.total", 5) in facts
    assert not [f for f, _ in facts if f.startswith(("litigation.direct", "litigation.after_review"))]
