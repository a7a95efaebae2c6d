"""What is published on purpose (issue 21): public vehicles, agency hotlines, the court's officers.

Each rule has its kept cases and the private value beside them, in the same sentence where a
bulletin or judgment would put one. The cases are written the way offices write them; the
names are invented.
"""

from __future__ import annotations

import io
import json

import numpy as np
import pytest
from PIL import Image, ImageDraw

import redact
from redact import roles
from redact.errors import PolicyError


@pytest.fixture(scope="module")
def bulletin() -> redact.Redactor:
    return redact.Redactor("bulletin")


@pytest.fixture(scope="module")
def court() -> redact.Redactor:
    return redact.Redactor("court")


def _outcome(redactor: redact.Redactor, text: str, value: str, nth: int = 0) -> str:
    """'kept' or 'masked' for the ``nth`` occurrence of ``value`` in ``text``; 'missed' when no
    finding covers it (a test then fails: these values are all findable)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    end = start + len(value)
    for f in redactor.redact_text(text).findings:
        if f.start <= start and end <= f.end:
            return "kept" if f.operator == "keep" else "masked"
    return "missed"


# -- public vehicles -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "plate", "expected"), [
    pytest.param("一、湘A·0352B（区城管执法局）于3月5日在五一大道违规停放。", "湘A·0352B", "kept", id="agency-in-brackets"),
    pytest.param("二、湘A·7K209（公务用车，市水利局）驶入公交专用道。", "湘A·7K209", "kept", id="official-car-and-agency"),
    pytest.param("湘A·7K209(市第三人民医院)占用应急车道", "湘A·7K209", "kept", id="hospital-ascii-brackets"),
    pytest.param("三、公交车湘A·23456在站台外上下客。", "湘A·23456", "kept", id="bus-before"),
    pytest.param("12路公交车（湘A·23456）未按规定停靠。", "湘A·23456", "kept", id="bus-route-brackets"),
    pytest.param("一辆警车湘A·12345闯红灯，已通报。", "湘A·12345", "kept", id="police-car-word"),
    pytest.param("救护车湘A·1Q345执行任务时未开启警示灯。", "湘A·1Q345", "kept", id="ambulance"),
    pytest.param("市水利局湘A·7K209违规停放。", "湘A·7K209", "kept", id="agency-before"),
    pytest.param("号牌号码：湘A·0352B，使用单位：区城管执法局，违法行为：违停", "湘A·0352B", "kept", id="labelled-use-unit"),
    pytest.param("湘A·0352B，使用性质：公交客运，闯红灯", "湘A·0352B", "kept", id="labelled-use-nature"),
    pytest.param("四、停在区教育局门前的小型轿车湘A·5G789违法停车。", "湘A·5G789", "masked", id="beside-agency-not-its"),
    pytest.param("在区教育局湘A·5G789违法停车。", "湘A·5G789", "masked", id="at-agency"),
    pytest.param("出租车湘A·T1234违规掉头。", "湘A·T1234", "masked", id="taxi"),
    pytest.param("网约车湘A·T1234拒载。", "湘A·T1234", "masked", id="ride-hailing"),
    pytest.param("私家车湘A·88888占用公交车道。", "湘A·88888", "masked", id="private-car"),
    pytest.param("湘A·5G789（车主：区教育局职工）违停", "湘A·5G789", "masked", id="brackets-name-a-person"),
    pytest.param("湘A·12345（五一大道与芙蓉路交叉口）闯红灯", "湘A·12345", "masked", id="brackets-a-place"),
    pytest.param("湘A·12345（市第一医院门口）违停", "湘A·12345", "masked", id="brackets-agency-as-place"),
    pytest.param("一辆公交车与湘A·88888小型轿车相撞。", "湘A·88888", "masked", id="bus-is-the-other-party"),
    pytest.param("湘A·12345（小型轿车）违停", "湘A·12345", "masked", id="brackets-vehicle-kind"),
])
def test_public_vehicle(bulletin, text, plate, expected):
    assert _outcome(bulletin, text, plate) == expected


def test_private_plate_in_the_same_sentence_is_masked(bulletin):
    text = "公交车湘A·23456与小型轿车湘A·88888相撞，湘A·0352B（区城管执法局）停在一旁。"
    assert [_outcome(bulletin, text, p) for p in ("湘A·23456", "湘A·88888", "湘A·0352B")] == ["kept", "masked", "kept"]
    assert "湘A·***88" in bulletin.redact_text(text).text


def test_a_plate_attributed_once_is_public_everywhere(bulletin):
    text = "湘A·0352B（区城管执法局）违规停放。\n经核查，湘A·0352B当日由该局司机驾驶。"
    assert [_outcome(bulletin, text, "湘A·0352B", n) for n in (0, 1)] == ["kept", "kept"]
    second = next(f for f in bulletin.analyze(text) if f.start == text.index("湘A·0352B", 1))
    assert (second.role, second.role_rule) == ("public_vehicle", "same_value")


def test_taxis_are_kept_only_when_a_policy_says_so():
    r = redact.Redactor({"entities": {"CN_LICENSE_PLATE": {"keep_classes": ["public_vehicle", "taxi"]}}})
    assert _outcome(r, "出租车湘A·T1234违规掉头。", "湘A·T1234") == "kept"


# -- agency hotlines -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "expected"), [
    pytest.param("举报电话：0731-84112233。", "0731-84112233", "kept", id="report-line"),
    pytest.param("监督电话为0731-84115566，欢迎监督。", "0731-84115566", "kept", id="supervision-line"),
    pytest.param("请拨打举报电话0731-84112233反映。", "0731-84112233", "kept", id="dial-the-line"),
    pytest.param("服务热线：0731-84112233、0731-84115566", "0731-84115566", "kept", id="second-in-a-list"),
    pytest.param("区城管执法局电话：0731-84112233", "0731-84112233", "kept", id="agency-phone"),
    pytest.param("投诉举报电话：（0731）84112233", "（0731）84112233", "kept", id="bracketed-area-code"),
    pytest.param("当事人联系电话：0731-88776655", "0731-88776655", "masked", id="party-contact"),
    pytest.param("举报人电话：0731-88776655", "0731-88776655", "masked", id="reporter-is-a-person"),
    pytest.param("联系电话：0731-88776655", "0731-88776655", "masked", id="contact-line"),
    pytest.param("举报电话：13812345678", "13812345678", "masked", id="mobile-under-a-label"),
])
def test_agency_hotline(bulletin, text, number, expected):
    assert _outcome(bulletin, text, number) == expected


def test_hotline_and_private_number_in_one_sentence(bulletin):
    text = "举报电话：0731-84112233，当事人电话：0731-88776655，手机13812345678。"
    out = bulletin.redact_text(text).text
    assert "0731-84112233" in out and "88776655" not in out and "13812345678" not in out


# -- the court's officers ------------------------------------------------------------------
JUDGMENT = """原告：张秀英，女，1968年5月1日出生，汉族，住湖南省长沙市芙蓉区。
委托诉讼代理人：赵明，湖南天地人律师事务所律师。
委托诉讼代理人：孙丽，女，系原告之女。
被告：黄志强，男，1970年8月9日出生，汉族，住湖南省长沙市天心区。
委托代理人东方辉、金桥（特别授权），浙江泽大律师事务所律师。
本院立案后，由审判员许文杰担任审判长，与人民陪审员邓建军、罗小兰组成合议庭，公开开庭进行了审理。原告张秀英及其委托诉讼代理人赵明，被告黄志强到庭参加诉讼。证人刘建华出庭作证。
审　判　长　　许文杰
人民陪审员　　邓建军
人民陪审员　　罗小兰
二〇二三年五月八日
法官助理　　　钟　伟
书　记　员　　汤美玲
"""
OFFICERS = ("许文杰", "邓建军", "罗小兰", "钟　伟", "汤美玲")
LAWYERS = ("赵明", "东方辉", "金桥")
PEOPLE = ("张秀英", "孙丽", "黄志强", "刘建华")


def test_court_keeps_officers_and_lawyers_masks_the_people(court):
    findings = court.redact_text(JUDGMENT).findings

    def outcomes(value):
        spans = [(i, i + len(value)) for i in range(len(JUDGMENT)) if JUDGMENT.startswith(value, i)]
        return {("kept" if f.operator == "keep" else "masked") for s, e in spans for f in findings
                if f.entity_type == "PERSON" and f.start <= s and e <= f.end}

    for name in OFFICERS + LAWYERS:
        assert outcomes(name) == {"kept"}, name
    for name in PEOPLE:
        assert outcomes(name) == {"masked"}, name
    roles_found = {JUDGMENT[f.start:f.end]: f.role for f in findings if f.role}
    assert roles_found["许文杰"] == roles_found["汤美玲"] == "court_officer" and roles_found["赵明"] == "lawyer"


def test_prosecutor_and_defender_in_a_criminal_judgment(court):
    text = ("公诉机关长沙市岳麓区人民检察院。被告人刘建国，男，汉族。辩护人王立新，湖南金州律师事务所律师。"
            "指派检察员陈晓燕出庭支持公诉，被告人刘建国及其辩护人王立新到庭参加诉讼。辩护人李秀梅，系被告人之妻。")
    out = court.redact_text(text).text
    assert "陈晓燕" in out and out.count("王立新") == 2
    assert "刘建国" not in out and "李秀梅" not in out


def test_bulletin_masks_every_name_and_can_opt_in(bulletin):
    out = bulletin.redact_text(JUDGMENT).text
    assert not any(name in out for name in OFFICERS + LAWYERS + PEOPLE)
    opted = redact.Redactor({"entities": {"PERSON": {"keep_classes": ["surname_only", "court_officer"]}}})
    out = opted.redact_text(JUDGMENT).text
    assert all(name in out for name in OFFICERS) and not any(name in out for name in LAWYERS + PEOPLE)


def test_a_name_after_a_party_cue_is_never_kept(court):
    text = "被告张志刚，男，汉族。\n审判员　张志刚\n书记员　汤美玲"
    out = court.redact_text(text).text
    assert "张志刚" not in out and "汤美玲" in out


def test_a_denied_value_is_never_kept():
    r = redact.Redactor({"preset": "court", "entities": {"PERSON": {"deny": ["汤美玲"]}}})
    assert "汤美玲" not in r.redact_text("书记员　汤美玲").text


# -- policy --------------------------------------------------------------------------------
def test_roles_are_validated_policy_keys():
    with pytest.raises(PolicyError, match=r"entities.PERSON.keep_classes: unknown class 'judge'.*court_officer"):
        redact.Policy.from_dict({"entities": {"PERSON": {"keep_classes": ["judge"]}}})
    with pytest.raises(PolicyError, match="public_vehicle"):
        redact.Policy.from_dict({"images": {"keep_plate_classes": ["bus"]}})
    for name in ("bulletin", "court", "hutool"):
        policy = redact.Policy.preset(name)
        assert "public_vehicle" in policy.entities["CN_LICENSE_PLATE"].keep_classes
        assert "agency_hotline" in policy.entities["CN_PHONE_NUMBER"].keep_classes
        assert "taxi" not in policy.entities["CN_LICENSE_PLATE"].keep_classes
    assert {"court_officer", "prosecutor", "lawyer"} <= redact.Policy.preset("court").entities["PERSON"].keep_classes
    assert not {"court_officer", "lawyer"} & redact.Policy.preset("bulletin").entities["PERSON"].keep_classes


def test_a_policy_can_mask_public_values_again():
    r = redact.Redactor({"entities": {"CN_PHONE_NUMBER": {"keep_classes": []}}})
    assert "84112233" not in r.redact_text("举报电话：0731-84112233").text


def test_value_keys_ignore_the_way_a_value_is_written():
    assert roles.value_key("CN_LICENSE_PLATE", "湘A·0352B") == roles.value_key("CN_LICENSE_PLATE", "湘A 0352b")
    assert roles.value_key("CN_PHONE_NUMBER", "0731-84112233") == roles.value_key("CN_PHONE_NUMBER", "(0731)84112233")


# -- files, the audit log and the gate -----------------------------------------------------
def _run(src, out, policy):
    summary = redact.run(src, out, policy=policy, audit=out.parent / f"{out.name}.audit.jsonl", progress=False)
    assert summary.ok
    return [json.loads(line) for line in (out.parent / f"{out.name}.audit.jsonl").read_text(encoding="utf-8").splitlines()]


def test_tables_attribute_by_row_and_header(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "list.csv").write_text(
        "序号,号牌号码,使用单位,违法行为,举报电话,联系电话\n"
        "1,湘A·0352B,区城管执法局,违规停放,0731-84112233,0731-88776655\n"
        "2,湘A·5G789,区教育局门前,违法停车,0731-84112233,13812345678\n"
        "3,湘A·23456,公交客运,站外上客,0731-84112233,\n",
        encoding="utf-8",
    )
    (src / "list.json").write_text(json.dumps([
        {"号牌号码": "湘B·0352B", "使用单位": "市水利局"},
        {"号牌号码": "湘B·5G789", "使用单位": "张某某"},
    ], ensure_ascii=False), encoding="utf-8")
    records = _run(src, tmp_path / "out", "bulletin")
    out = (tmp_path / "out" / "list.csv").read_text(encoding="utf-8")
    assert "湘A·0352B" in out and "湘A·23456" in out and "5G789" not in out
    assert out.count("0731-84112233") == 3 and "88776655" not in out and "13812345678" not in out
    data = (tmp_path / "out" / "list.json").read_text(encoding="utf-8")
    assert "湘B·0352B" in data and "5G789" not in data
    kept = [r for r in records if r.get("operator") == "keep" and r["entity_type"] == "CN_LICENSE_PLATE"]
    assert kept and all(r["kept_by"] == "entities.CN_LICENSE_PLATE.keep_classes=public_vehicle" for r in kept)
    assert {r["role_rule"] for r in kept} == {"column"}
    assert all("0352B" not in json.dumps(r, ensure_ascii=False) for r in records)


def test_docx_one_reading_and_the_gate(tmp_path):
    import docx

    src = tmp_path / "src"
    src.mkdir()
    doc = docx.Document()
    for line in JUDGMENT.splitlines():
        doc.add_paragraph(line)
    doc.save(src / "judgment.docx")
    records = _run(src, tmp_path / "out", "court")
    text = "\n".join(p.text for p in docx.Document(tmp_path / "out" / "judgment.docx").paragraphs)
    assert all(name in text for name in OFFICERS + LAWYERS)
    assert not any(name in text for name in PEOPLE)
    officers = [r for r in records if r.get("role") == "court_officer"]
    assert officers and all(r["kept_by"] == "entities.PERSON.keep_classes=court_officer" for r in officers)
    from redact.check import check

    assert check(tmp_path / "out", policy="court").clean
    assert not check(tmp_path / "out", policy="bulletin").clean  # the officers are names


def _photo_with_caption(caption: str) -> bytes:
    """A readable plate on a grey 'car' with a caption strip below, as evidence sheets have."""
    from benchmarks.scenes import font, plate_image

    img = Image.new("RGB", (900, 560), (120, 120, 125))
    plate = plate_image("湘A·0352B", "blue", 70)
    img.paste(plate, (300, 200))
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 470, 900, 560), fill=(20, 20, 20))
    draw.text((16, 490), caption, font=font(34), fill=(255, 255, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return buf.getvalue()


@pytest.mark.parametrize(("caption", "kept"), [
    pytest.param("号牌：湘A·0352B（区城管执法局）违规停放", True, id="attributed"),
    pytest.param("号牌：湘A·0352B 停在区教育局门前", False, id="beside-an-agency"),
])
def test_photo_follows_its_caption(bulletin, caption, kept):
    from redact.image import read_text, redact_image_bytes

    data = _photo_with_caption(caption)
    out, _ = redact_image_bytes(data, "photo.png", bulletin)
    before = np.asarray(Image.open(io.BytesIO(data)).convert("RGB")).astype(int)
    arr = np.asarray(Image.open(io.BytesIO(out)).convert("RGB"))
    plate = (slice(200, 270), slice(300, 524))  # the car's plate as pasted
    assert bool(np.abs(arr[plate].astype(int) - before[plate]).mean() < 1.0) is kept
    caption_text = " ".join(t for _, t, _ in read_text(arr[460:, :, ::-1].copy())).replace("·", "")
    assert ("0352B" in caption_text) is kept


def test_generated_judgments_keep_officers_and_lawyers_only(court):
    """Court-style documents with judges, lawyers, parties and others, most mentions without a
    cue: under ``court`` every officer and lawyer mention is kept, every other one masked."""
    from benchmarks.court_docs import documents
    from benchmarks.court_eval import evaluate

    stats = evaluate(court, documents(seed=7, docs=40))
    for role in ("lawyer", "official"):
        total = sum(stats[f"{kind}:{role}"] for kind in ("found", "partly", "missed"))
        assert total and stats[f"kept:{role}"] == total, role
    for role in ("party", "other"):
        total = sum(stats[f"{kind}:{role}"] for kind in ("found", "partly", "missed"))
        assert total and stats[f"found:{role}"] == total, role
    assert stats["wrong"] == 0


@pytest.mark.parametrize(("text", "plate"), [
    pytest.param("公交车湘A·23456和湘A·88888相撞。", "湘A·88888", id="and-joins-two-vehicles"),
    pytest.param("公交车湘A·23456、湘A·88888（私家车）", "湘A·88888", id="listed-but-private"),
    pytest.param("湘A·0352B（区城管执法局）、湘A·88888违停", "湘A·88888", id="after-an-attributed-one"),
    pytest.param("结束饭局湘A·88888驶离", "湘A·88888", id="word-ending-like-an-agency"),
    pytest.param("挂牌督办湘A·88888违法行为", "湘A·88888", id="verb-ending-in-ban"),
])
def test_lists_and_lookalikes_stay_private(bulletin, text, plate):
    assert _outcome(bulletin, text, plate) == "masked"


def test_listed_public_vehicles(bulletin):
    text = "公交车湘A·23456、湘A·34567未按规定停靠。"
    assert [_outcome(bulletin, text, p) for p in ("湘A·23456", "湘A·34567")] == ["kept", "kept"]


@pytest.mark.parametrize(("text", "number", "expected"), [
    pytest.param("联系人：张伟，办公电话：0731-84112233", "0731-84112233", "masked", id="a-person-s-office-line"),
    pytest.param("区城管执法局办公电话：0731-84112233", "0731-84112233", "kept", id="the-agency-s-office-line"),
    pytest.param("本局值班电话0731-84112233或0731-84115566", "0731-84115566", "kept", id="or-list"),
])
def test_office_lines(bulletin, text, number, expected):
    assert _outcome(bulletin, text, number) == expected


def test_a_signature_block_laid_out_as_a_table(tmp_path):
    import docx

    src = tmp_path / "src"
    src.mkdir()
    doc = docx.Document()
    doc.add_paragraph("原告张秀英诉被告黄志强民间借贷纠纷一案，本院依法审理。")
    table = doc.add_table(rows=3, cols=2)
    for row, (title, name) in zip(table.rows, [("审 判 长", "许文杰"), ("人民陪审员", "罗小兰"), ("书记员：", "汤美玲")]):
        row.cells[0].text, row.cells[1].text = title, name
    doc.save(src / "j.docx")
    _run(src, tmp_path / "court", "court")
    _run(src, tmp_path / "bulletin", "bulletin")

    def text(folder):
        d = docx.Document(tmp_path / folder / "j.docx")
        return "\n".join([p.text for p in d.paragraphs] + [c.text for r in d.tables[0].rows for c in r.cells])

    assert all(n in text("court") for n in ("许文杰", "罗小兰", "汤美玲")) and "张秀英" not in text("court")
    assert not any(n in text("bulletin") for n in ("许文杰", "罗小兰", "汤美玲", "张秀英"))


def test_every_rule_that_fires_is_documented(bulletin, court):
    texts = [JUDGMENT, "一、湘A·0352B（区城管执法局）违停。公交车湘A·23456、湘A·34567。市水利局湘A·7K209。"
             "湘A·0352B，使用单位：区城管执法局。举报电话：0731-84112233、0731-84115566。区城管执法局电话：0731-84112299。"]
    fired = {f.role_rule for r in (bulletin, court) for t in texts for f in r.analyze(t) if f.role}
    assert fired >= {"brackets", "vehicle_word", "agency_before", "labelled", "hotline_label", "agency_phone",
                     "title", "agent_firm", "list", "same_value"}
    assert fired <= set(roles.RULES)
