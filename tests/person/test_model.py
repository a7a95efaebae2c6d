"""PERSON model layer: how model spans are vetted, and the shipped model on real sentences."""

from __future__ import annotations

import pytest

from recognizers.person.model import SURNAME_ONLY
from recognizers.person.guards import is_surname_only
from recognizers.person.model_spans import (
    SCORE_WITH_SURNAME,
    SCORE_WITHOUT_SURNAME,
    mend,
    split_repeated,
    to_follower,
    trim,
    vet,
)


@pytest.mark.parametrize(
    ("text", "span", "score"),
    [
        pytest.param("今天张伟来了", (2, 4), SCORE_WITH_SURNAME, id="surname"),
        pytest.param("欧阳娜娜来了", (0, 4), SCORE_WITH_SURNAME, id="compound-surname"),
        pytest.param("买买提·艾力来了", (0, 6), SCORE_WITH_SURNAME, id="dotted"),
        pytest.param("小明来了", (0, 2), SCORE_WITHOUT_SURNAME, id="no-surname-kept-lower"),
        pytest.param("张某来了", (0, 2), 0.0, id="masked"),
        pytest.param("张某来了", (0, 1), 0.0, id="masked-split"),
        pytest.param("王*来了", (0, 2), 0.0, id="star"),
        pytest.param("《王晓川画集》出版", (1, 4), SCORE_WITH_SURNAME, id="name-inside-title-kept"),
        pytest.param("在张伟路口", (1, 3), 0.0, id="runs-into-road"),
        pytest.param("李庄村委会", (0, 2), 0.0, id="runs-into-village"),
        pytest.param("对孙家庄村予以表彰", (1, 2), 0.0, id="family-village"),
        pytest.param("王家峪革命旧址", (0, 1), 0.0, id="family-valley"),
        pytest.param("石门水库除险加固", (0, 4), 0.0, id="reservoir-named-like-a-person"),
        pytest.param("在王强家院内发现", (1, 3), SCORE_WITH_SURNAME, id="name-before-jia-yuan"),
        pytest.param("献给李淑芬院长一行", (2, 5), SCORE_WITH_SURNAME, id="post-after-name"),
        pytest.param("正像袁鹰所说的那样", (2, 4), SCORE_WITH_SURNAME, id="suo-before-verb"),
        pytest.param("到城关派出所报案", (3, 5), 0.0, id="suo-as-place"),
        pytest.param("Tom来了", (0, 3), 0.0, id="no-han"),
        pytest.param("12,湘Q•***99,2025年", (3, 4), 0.0, id="province-of-a-masked-plate"),
        pytest.param("当事人陈述申辩", (3, 6), 0.0, id="known-non-name-word"),
        pytest.param("王府井,无", (0, 1), 0.0, id="single-char-starting-a-known-word"),
        pytest.param("严禁疲劳驾驶", (3, 4), 0.0, id="single-char-ending-a-word"),
        pytest.param("学习马列主义", (3, 4), SCORE_WITHOUT_SURNAME, id="single-char-after-a-surname"),
        pytest.param("现任东方日升董事", (5, 6), 0.0, id="single-non-surname-char-alone"),
        pytest.param("#豪礼庆御香君旗舰店", (1, 2), 0.0, id="single-non-surname-char-at-a-symbol"),
        pytest.param("阿袁收到家里的回信", (1, 2), SCORE_WITH_SURNAME, id="single-surname-char-kept"),
        pytest.param("法定代理人：陈俊（系吴艳之母）", (13, 14), 0.0, id="kin-after-zhi-is-no-surname"),
        pytest.param("住址：徐汇欧阳路V座", (5, 8), 0.0, id="road-before-a-building"),
        pytest.param("兹有武欣同志前往", (0, 2), 0.0, id="ziyou-is-no-name"),
        pytest.param("驾驶人王路12时许驾车", (3, 5), SCORE_WITH_SURNAME, id="name-ending-in-lu-before-a-number"),
    ],
)
def test_vet(text, span, score):
    assert vet(text, *span) == score


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("据新华社报道，国务院副总理王晓东昨天在北京会见了来访的客人。", ["王晓东"], id="news-without-cue"),
        pytest.param("张建华，男，汉族，1975年出生，现任公司总经理。", ["张建华"], id="resume-opening"),
        pytest.param("今天和李雪梅一起去看电影了", ["李雪梅"], id="social-media"),
        pytest.param("依据《中华人民共和国道路交通安全法》第九十条处罚。", [], id="no-person"),
    ],
)
def test_shipped_model_finds_names_without_cues(redactor, text, names):
    found = [text[f.start : f.end] for f in redactor.analyze(text) if f.entity_type == "PERSON"]
    assert found == names


def test_model_recognizer_in_batch_matches_single_calls(redactor):
    texts = ["国务院副总理王晓东昨天在北京会见客人。", "今天和李雪梅一起去看电影了", "无人名的句子。", ""]
    assert redactor.analyze_batch(texts) == [redactor.analyze(t) for t in texts]


@pytest.mark.parametrize(
    ("text", "span", "trimmed"),
    [
        pytest.param("一位姓张的先生", (3, 5), (3, 4), id="trailing-de"),
        pytest.param("科长周明远则表示", (2, 6), (2, 5), id="trailing-ze"),
        pytest.param("王了了", (0, 3), (0, 1), id="several"),
        pytest.param("的", (0, 1), (0, 1), id="never-empty"),
        pytest.param("李娜说", (0, 2), (0, 2), id="name-untouched"),
        pytest.param("是王师傅。", (1, 3), (1, 2), id="ran-into-a-form-of-address"),
        pytest.param("张建华先生", (0, 3), (0, 3), id="name-before-a-form-of-address"),
        pytest.param("青年作家杨帆，此前", (4, 7), (4, 6), id="trailing-comma"),
        pytest.param("（郑宁（王远）", (1, 4), (1, 3), id="trailing-bracket"),
        pytest.param("精品选·王晓川》", (3, 7), (4, 7), id="leading-dot"),
        pytest.param("歌手阿依古丽·买买提说", (2, 10), (2, 10), id="inner-dot-kept"),
        pytest.param("杜欣因交通肇事罪被判刑", (0, 3), (0, 2), id="trailing-yin"),
        pytest.param("记者从王伟处了解到", (3, 6), (3, 5), id="trailing-chu"),
        pytest.param("总统侯赛因表示", (2, 5), (2, 5), id="yin-ending-a-dictionary-transliteration"),
        pytest.param("周处除三害", (0, 2), (0, 2), id="chu-ending-a-two-character-name"),
        pytest.param("拟推荐刘丹为先进个人", (3, 6), (3, 5), id="trailing-wei"),
        pytest.param("郑红向本院提出申请", (0, 3), (0, 2), id="trailing-xiang"),
        pytest.param("张有为向本院提出申请", (0, 3), (0, 3), id="wei-ending-a-word-given-name"),
        pytest.param("杨博户享受危房改造补助", (0, 3), (0, 2), id="trailing-hu"),
        pytest.param("王静现羁押于看守所", (0, 3), (0, 2), id="trailing-xian"),
        pytest.param("王兰英之子在外地务工", (0, 5), (0, 3), id="zhi-zi"),
        pytest.param("贺敬之的诗", (0, 3), (0, 3), id="name-ending-in-zhi"),
        pytest.param("梁军之子李杨", (0, 3), (0, 2), id="zhi-before-zi"),
        pytest.param("张明一家五口", (0, 3), (0, 2), id="yi-jia"),
        pytest.param("何大一教授", (0, 3), (0, 3), id="name-ending-in-yi"),
        pytest.param("陈雪和爱人一起经营超市", (0, 3), (0, 2), id="he-before-a-kinship-word"),
        pytest.param("郭德和说", (0, 3), (0, 3), id="name-ending-in-he"),
        pytest.param("李建摄", (0, 3), (0, 2), id="trailing-she-byline"),
        pytest.param("程平负此次事故的全部责任", (0, 3), (0, 2), id="trailing-fu"),
        pytest.param("张慧无责任", (0, 3), (0, 2), id="trailing-wu"),
        pytest.param("张三、李四均未到场", (3, 6), (3, 5), id="trailing-jun-after-a-list"),
        pytest.param("王芳和李强都是村民", (3, 6), (3, 5), id="trailing-dou-after-he"),
        pytest.param("陈国均未到场", (0, 3), (0, 3), id="jun-ending-a-lone-name"),
        pytest.param("县长孙旭出席", (1, 4), (2, 4), id="zhang-of-xianzhang-is-no-surname"),
        pytest.param("公司马明经理", (1, 4), (2, 4), id="si-of-gongsi-is-no-surname"),
        pytest.param("董事长司马光出席", (3, 6), (3, 6), id="compound-surname-after-a-word"),
        pytest.param("参会代表有易娟、陆帆", (4, 7), (5, 7), id="leading-you"),
        pytest.param("赵成家（3口人）享受低保", (0, 3), (0, 2), id="trailing-jia-before-a-household-size"),
        pytest.param("经核实，周雪所反映情况属实", (4, 7), (4, 6), id="trailing-suo-before-fanying"),
        pytest.param("陆文来电反映供暖不热", (0, 3), (0, 2), id="trailing-lai-before-dian"),
        pytest.param("周恩来电告", (0, 3), (0, 3), id="dictionary-name-ending-in-lai"),
        pytest.param("在陈柳家，记者看到", (1, 4), (1, 3), id="trailing-jia-someones-home"),
        pytest.param("胡荣系初次违法", (0, 3), (0, 2), id="trailing-xi"),
        pytest.param("本决定书送达后，陈艳应于15日内缴纳罚款", (8, 11), (8, 10), id="trailing-ying-before-yu"),
        pytest.param("赵云和老伴在院子里晒玉米", (0, 3), (0, 2), id="he-before-laoban"),
        pytest.param("王秀云母子二人居住在危房中", (0, 4), (0, 3), id="kin-pair-after-a-name"),
        pytest.param("刘平等三名同志拟确定为预备党员", (0, 3), (0, 2), id="trailing-deng-before-a-count"),
        pytest.param("本院立案受理龚玉诉任丽丽合同纠纷一案", (6, 9), (6, 8), id="trailing-su"),
        pytest.param("他向景丽颁发证书", (1, 4), (1, 4), id="leading-xiang-may-be-a-surname"),
    ],
)
def test_trim(text, span, trimmed):
    assert trim(text, *span) == trimmed


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param("有明天林悦林悦", ((3, 5), (5, 7)), id="twice"),
        pytest.param("有明天欧阳娜娜欧阳娜娜", ((3, 7), (7, 11)), id="compound-twice"),
        pytest.param("有明天林悦徐", ((3, 6),), id="odd-length"),
        pytest.param("有明天娜娜", ((3, 5),), id="reduplicated-given-name"),
        pytest.param("有明天王娜王丽", ((3, 7),), id="different-halves"),
    ],
)
def test_split_repeated(text, pieces):
    assert split_repeated(text, 3, len(text)) == pieces


@pytest.mark.parametrize(
    ("text", "spans", "mended"),
    [
        pytest.param("经查，诸葛泽于", [(4, 6, 0.9)], [(3, 6)], id="second-char-of-compound-surname"),
        pytest.param("工作中，诸葛致鸿、姚思", [(6, 8, 0.9), (9, 11, 0.9)], [(4, 8), (9, 11)], id="after-compound-surname"),
        pytest.param("（8）笪楷泽驾驶", [(3, 4, 0.5), (4, 6, 0.9)], [(3, 6)], id="lone-surname-then-given-name"),
        pytest.param("经查，艾合买提·依明于", [(6, 10, 0.9)], [(3, 10)], id="inside-transliteration"),
        pytest.param("和阿依古丽·买买提一起", [(4, 9, 0.9)], [(1, 9)], id="transliteration-after-conjunction"),
        pytest.param("表现突出，帕尔哈提·吐尔洪等", [(6, 13, 0.9)], [(5, 13)], id="two-chars-into-transliteration"),
        pytest.param("男主角约翰·史密斯随后", [(3, 9, 0.9)], [(3, 9)], id="no-word-gained-before-transliteration"),
        pytest.param("陈凯、诸葛泽等同志", [(0, 2, 0.9), (3, 4, 0.4), (4, 6, 0.9)], [(0, 2), (3, 6)], id="compound-surname-as-own-span"),
        pytest.param("张三李四到场", [(0, 2, 0.9), (2, 4, 0.9)], [(0, 2), (2, 4)], id="two-names-stay-two"),
        pytest.param("阿珍在外地打工", [(0, 1, 0.5), (1, 2, 0.5)], [(0, 2)], id="prefix-a-nickname"),
        pytest.param("学习马列主义", [(2, 3, 0.9), (3, 4, 0.9)], [(2, 3), (3, 4)], id="ma-lie-stay-two"),
        pytest.param("赔付王芳医疗费", [(1, 2, 0.5), (2, 4, 0.9)], [(1, 2), (2, 4)], id="second-span-starts-with-surname"),
        pytest.param("司马光砸缸", [(0, 3, 0.9)], [(0, 3)], id="whole-name-untouched"),
    ],
)
def test_mend(text, spans, mended):
    assert mend(text, spans) == mended


@pytest.mark.parametrize(
    ("text", "span", "end"),
    [
        pytest.param("冯立秧同志在抢险中", (0, 2), 3, id="one-char-short-of-tongzhi"),
        pytest.param("冉谷丰（身份证号码略）于", (0, 2), 3, id="one-char-short-of-id-note"),
        pytest.param("欧阳象同志", (0, 3), 3, id="compound-surname-name-already-whole"),
        pytest.param("欧阳象波同志", (0, 3), 4, id="compound-surname-one-char-short"),
        pytest.param("李明均于2024年3月离职", (0, 2), 2, id="adverb-before-follower"),
        pytest.param("李明和同志们一起", (0, 2), 2, id="conjunction-before-group"),
        pytest.param("作者班宇生于1986年", (2, 4), 4, id="word-with-the-follower"),
        pytest.param("金庸老先生", (0, 2), 2, id="lao-xiansheng"),
        pytest.param("王建国同志", (0, 3), 3, id="three-char-name-untouched"),
        pytest.param("黄平委员会", (0, 2), 2, id="no-follower"),
    ],
)
def test_to_follower(text, span, end):
    assert to_follower(text, *span) == end


def test_surname_only():
    assert is_surname_only("张") and is_surname_only("欧阳")
    assert not is_surname_only("张伟") and not is_surname_only("欧阳娜") and not is_surname_only("的")


@pytest.mark.parametrize("text", ["市民张先生反映情况。", "照顾李大娘的是陈老师。", "一位姓张的先生说，作为工薪阶层。"])
def test_a_surname_alone_is_kept_not_turned_into_zhang_mou(redactor, text):
    result = redactor.redact_text(text)
    assert result.text == text
    assert all(f.subtype == SURNAME_ONLY and f.operator == "keep" for f in result.findings if f.entity_type == "PERSON")


def test_the_gate_does_not_count_a_surname_alone(tmp_path, redactor):
    from redact.check import check

    (tmp_path / "notice.txt").write_text("市民张先生反映，照顾李大娘的是王师傅。当事人张某已受处罚。\n", encoding="utf-8")
    assert check(tmp_path, redactor=redactor).clean


def test_model_runs_on_numpy_blas_one_thread_with_blis_results():
    """The loader swaps blis for NumPy's BLAS (faster) on one thread (no oversubscribed workers)."""
    import numpy
    import spacy
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_info

    from benchmarks.corpus import corpus
    from recognizers.person import ChinesePersonNerRecognizer, model_path

    rec = ChinesePersonNerRecognizer()
    rec.load()
    ops = {(type(node.ops), node.ops.use_blis) for node in rec._tagger.model.walk()}
    assert ops == {(NumpyOps, False)}

    threads_seen = []
    tagger_model = rec._tagger.model

    class RecordingModel:  # thinc models don't let predict be patched
        def predict(self, docs):
            threads_seen.extend(lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas")
            return tagger_model.predict(docs)

    class RecordingTagger:
        model = RecordingModel()

    texts = [doc.text for doc in corpus(seed=5, docs=12)]
    rec._tagger = RecordingTagger()
    ours = rec.token_probabilities(texts)
    assert threads_seen and set(threads_seen) == {1}

    blis = spacy.load(model_path()).get_pipe("tagger")  # spaCy's default ops: blis
    assert {node.ops.use_blis for node in blis.model.walk()} == {True}
    theirs = blis.model.predict([doc for doc, _ in ours])
    for (_, mine), other in zip(ours, theirs):
        numpy.testing.assert_allclose(mine, other, atol=1e-4)
