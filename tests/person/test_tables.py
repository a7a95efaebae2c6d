"""PERSON rule family: names in a column under a name header (CSV, TSV, pipes, aligned spaces)."""

from __future__ import annotations

import pytest

from recognizers.person.tables import NameColumns, is_name_header, looks_like_name
from tests.conftest import family_names, person_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("序号,号牌号码,当事人,联系电话\n1,晋J·A12B3,赵敏,13812345678\n2,晋JD12345,司马南,\n", ["赵敏", "司马南"], id="csv"),
        pytest.param("序号\t姓名\t金额\n1\t钱七\t200\n", ["钱七"], id="tsv"),
        pytest.param("| 序号 | 车主 |\n| 1 | 孙悟 |\n", ["孙悟"], id="pipe-table"),
        pytest.param("姓名,金额\n张某,200\n", [], id="masked-cell"),
        pytest.param("序号  姓名      金额\n1   杨　帆      200元\n", ["杨　帆"], id="aligned-padded-name"),
        pytest.param("姓名,金额\n张三,200\n\n说明,备注\n王府井,无\n", ["张三"], id="blank-line-ends-table"),
        pytest.param("序号,姓 名,金额\n1,次仁央宗,200\n", ["次仁央宗"], id="header-with-space"),
        pytest.param("序号|持证人|证书编号\n1|隆瑞|A2024002\n", ["隆瑞"], id="header-chizhengren"),
        pytest.param("序号 姓名 性别 准考证号\n1 邵雨桐 女 1014050101\n2 尤俊熙 男 1014050233\n", ["邵雨桐", "尤俊熙"],
                     id="single-space-table"),
        pytest.param("序号\t被处罚人姓名\t结果\n1\t格桑旺姆\t警告\n", ["格桑旺姆"], id="header-ending-in-xingming"),
        pytest.param("| 序号 | 姓名（名称） | 金额 |\n|---|---|---|\n| 1 | 其其格 | 200 |\n", ["其其格"], id="header-xingming-mingcheng"),
        pytest.param("当事人名称（姓名）,违法行为\n某某商贸有限公司,超范围经营\n黄洋,占道经营\n", ["黄洋"],
                     id="header-mingcheng-with-xingming-note"),
        pytest.param("序号,姓名拼音,金额\n1,王府井,200\n", [], id="header-not-a-name-column"),
    ],
)
def test_name_columns(redactor, text, expected):
    assert family_names(NameColumns(), text) == expected
    assert person_names(redactor, text) == expected


@pytest.mark.parametrize(
    ("cell", "ok"),
    [("张三", True), ("欧阳娜娜", True), ("买买提·艾力", True), ("张某", False), ("张", False), ("长治市公安局", False), ("A12", False)],
)
def test_looks_like_name(cell, ok):
    assert looks_like_name(cell) is ok


@pytest.mark.parametrize(
    ("cell", "ok"),
    [("姓名", True), ("姓 名", True), ("被处罚人姓名", True), ("姓名（名称）", True), ("当事人名称（姓名）", True),
     ("车主", True), ("姓名拼音", False), ("金额", False), ("号牌号码", False)],
)
def test_is_name_header(cell, ok):
    assert is_name_header(cell) is ok
