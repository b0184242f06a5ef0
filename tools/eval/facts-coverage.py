#!/usr/bin/env python3
"""Coverage of the fact sheet's wrong -> right items by the shipped engine (a dev tool; never used by tests).

Usage:
    python3 tools/eval/facts-coverage.py ../shared/design/FACTS-wording.md [--no-build] [--tsv OUT.tsv] [--verbose]

Every probe below names the row of FACTS-wording.md it comes from (`key`, a string that must occur in one row of a
table, or one bullet, of the given section after ** and quotation marks are removed): the script reads FACTS at run
time, fails loudly when a key is not found (so no probe tests a fact the sheet does not state), takes the row's
verification mark from FACTS, and lists the rows of FACTS' wrong/right tables that no probe covers.

A probe is the wrong form in a short realistic sentence (`ws`, containing `wrong`) and, when FACTS gives the correct
form, a second sentence with it (`rs`, containing the first of `right`). `ok` probes are forms FACTS says are correct
(its "Not errors" list, the correct short forms of §2, a 隆重召开 of a Party congress): only `rs` is checked.

Both sentences go through the CLI batch mode (`ContentGuard.Cli check --format jsonl`). For each item it reports:
  flagged   a finding overlaps the wrong form (its rule and severity are printed);
  fix       a replacement of such a finding, applied to `ws`, yields `rs`, or contains a right form (quotation marks
            count, in any style: 「」 and "" read as “”);
  clean     no finding overlaps the right form in `rs`.
  trad, sym evasion: the wrong form written in traditional characters (the inverse of lexicons/unihan/t2s.tsv, rows
            `S`), and with `*` inserted between its characters: is it still flagged? (`-` when the form has no
            character to change).

Verification (`v` column): ✔ = FACTS marks the row ✔ (or §5, where every item is ✔ in an S9 copy unless marked);
r? = the term is ✔ but its replacement is (unverified); no = (unverified) in FACTS.
"""

import argparse
import json
import os
import re
import subprocess
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CLI_DLL = os.path.join(REPO, "src/ContentGuard.Cli/bin/Release/net10.0/ContentGuard.Cli.dll")

# sec: the FACTS section whose tables/bullets hold the key ("2", "4", "5.1" …). kind: "err" (default) or "ok".
# right: acceptable correct forms, best first (the first one is written in rs); [] = FACTS gives no correct form.
# v: override of the verification mark, only where the row's mark concerns a different part of the row (documented).
P = lambda sec, key, wrong, ws, right=(), rs=None, kind="err", v=None: dict(  # noqa: E731
    sec=sec, key=key, wrong=wrong, ws=ws, right=list(right), rs=rs, kind=kind, v=v)

PROBES = [
    # ---- §2 official titles -------------------------------------------------------------------------------------
    P("2", "全国人大委员长", "全国人大委员长", "全国人大委员长赵乐际出席会议并讲话。",
      ["全国人大常委会委员长"], "全国人大常委会委员长赵乐际出席会议并讲话。"),
    P("2", "全国人大副委员长", "全国人大副委员长", "全国人大副委员长李鸿忠在座谈会上发言。",
      ["全国人大常委会副委员长"], "全国人大常委会副委员长李鸿忠在座谈会上发言。"),
    P("2", "全国人大常委 (meaning a member)", "全国人大常委", "他曾任全国人大常委、财政经济委员会副主任委员。",
      ["全国人大常委会委员"], "他曾任全国人大常委会委员、财政经济委员会副主任委员。"),
    P("2", "中共XX省省委书记", "广东省省委书记", "中共广东省省委书记在调研时强调，要抓好安全生产。",
      ["广东省委书记"], "中共广东省委书记在调研时强调，要抓好安全生产。"),
    P("2", "XX市市委书记", "广州市市委书记", "广州市市委书记主持召开专题会议。",
      ["广州市委书记"], "广州市委书记主持召开专题会议。"),
    P("2", "村长", "村长", "村长带领村民修通了进村公路。",
      ["村民委员会主任", "村委会主任"], "村民委员会主任带领村民修通了进村公路。"),
    P("2", "政协主席 (national level", "政协主席", "政协主席王沪宁出席开幕式。",
      ["全国政协主席"], "全国政协主席王沪宁出席开幕式。"),
    P("2", "审计署署长", "审计署署长", "审计署署长侯凯作审计工作报告。",
      ["审计署审计长", "审计长"], "审计署审计长侯凯作审计工作报告。"),
    P("2", "最高检检察长", "最高检检察长", "最高检检察长在会上作工作报告。",
      ["最高人民检察院检察长"], "最高人民检察院检察长在会上作工作报告。"),
    P("2", "最高法院长", "最高法院长", "最高法院长在会上作工作报告。",
      ["最高人民法院院长"], "最高人民法院院长在会上作工作报告。"),
    P("2", "国务院副总理 / 国务委员", None, None, ["国务院副总理"], "国务院副总理丁薛祥出席活动并致辞。", kind="ok"),
    P("2", "国务院副总理 / 国务委员", None, None, ["国务委员"], "国务委员王小洪出席会议并讲话。", kind="ok"),
    P("2", "中央纪委书记 / 国家监委主任", None, None, ["中央纪委书记"], "中央纪委书记李希出席会议并讲话。", kind="ok"),
    P("2", "中央纪委书记 / 国家监委主任", None, None, ["国家监委主任"], "中央纪委副书记、国家监委主任刘金国出席会议。", kind="ok"),
    P("2", "外交部长\" and \"外交部部长\" are both used", None, None, ["外交部长"], "外交部长王毅会见来访的外国客人。", kind="ok"),
    P("2", "外交部长\" and \"外交部部长\" are both used", None, None, ["外交部部长"], "外交部部长王毅会见来访的外国客人。", kind="ok"),
    P("2", "国防部长\" and \"国防部部长\" are both used", None, None, ["国防部长"], "国防部长出席了欢迎仪式。", kind="ok"),
    P("2", "国防部长\" and \"国防部部长\" are both used", None, None, ["国防部部长"], "国防部部长出席了欢迎仪式。", kind="ok"),
    # ---- §4 checker traps ---------------------------------------------------------------------------------------
    # The traps carry no mark of their own; the right suffixes are ✔ in §3 (items 42, 43: P4 ✔).
    P("4", "四个全面总体布局\" is wrong", "四个全面”总体布局", "协调推进“四个全面”总体布局。",
      ["四个全面”战略布局"], "协调推进“四个全面”战略布局。", v="✔"),
    P("4", "五位一体战略布局\" is wrong", "五位一体”战略布局", "统筹推进“五位一体”战略布局。",
      ["五位一体”总体布局"], "统筹推进“五位一体”总体布局。", v="✔"),
    # ---- §5.1 territory and sovereignty -------------------------------------------------------------------------
    P("5.1", "称台湾、香港、澳门为", "台湾等国家", "美国、日本、台湾等国家的客商参加了洽谈会。",
      ["台湾等国家和地区"], "美国、日本、台湾等国家和地区的客商参加了洽谈会。"),
    P("5.1", "中华民国总统/副总统", "中华民国总统", "报道称，中华民国总统当天发表了讲话。",
      ["台湾地区领导人", "台湾当局领导人"], "报道称，台湾地区领导人当天发表了讲话。"),
    P("5.1", "中华民国总统/副总统", "中华民国副总统", "报道称，中华民国副总统当天出席了活动。",
      ["台湾地区副领导人"], "报道称，台湾地区副领导人当天出席了活动。"),
    P("5.1", "Banned even inside quotation marks", "中华民国“总统”", "报道称，中华民国“总统”当天发表了讲话。",
      ["台湾地区领导人", "台湾当局领导人"], "报道称，台湾地区领导人当天发表了讲话。"),
    P("5.1", "Banned even inside quotation marks", "“中华民国总统”", "报道称，“中华民国总统”当天发表了讲话。",
      ["台湾地区领导人", "台湾当局领导人"], "报道称，台湾地区领导人当天发表了讲话。"),
    P("5.1", "Banned even inside quotation marks", "中华民国“副总统”", "报道称，中华民国“副总统”当天出席了活动。",
      ["台湾地区副领导人"], "报道称，台湾地区副领导人当天出席了活动。"),
    P("5.1", "台湾政府 / 中华民国", "台湾政府", "台湾政府宣布上调电价。",
      ["台湾当局", "台湾方面"], "台湾当局宣布上调电价。"),
    P("5.1", "台湾政府 / 中华民国", "中华民国政府", "2024年中华民国政府宣布上调电价。",
      ["台湾当局", "台湾方面"], "2024年台湾当局宣布上调电价。"),
    P("5.1", "台湾政府 / 中华民国", "中华民国113年", "该公司成立于中华民国113年。"),
    P("5.1", "台湾政府 / 中华民国", "中华民国国旗", "活动现场悬挂了中华民国国旗。"),
    P("5.1", "台湾总统选举", "台湾“总统选举”", "台湾“总统选举”结果于当晚揭晓。",
      ["台湾地区领导人选举", "台湾大选"], "台湾地区领导人选举结果于当晚揭晓。"),
    P("5.1", "台湾总统选举", "台湾“总统”选举", "台湾“总统”选举结果于当晚揭晓。",
      ["台湾地区领导人选举", "台湾大选"], "台湾地区领导人选举结果于当晚揭晓。"),
    P("5.1", "台湾总统选举", "台湾「总统选举」", "台湾「总统选举」结果于当晚揭晓。",
      ["台湾地区领导人选举", "台湾大选"], "台湾地区领导人选举结果于当晚揭晓。"),
    P("5.1", "行政院长", "行政院长", "岛内行政院长近日宣布新的能源政策。",
      ["台湾地区行政管理机构负责人"], "岛内台湾地区行政管理机构负责人近日宣布新的能源政策。"),
    P("5.1", "立法委员", "立法委员", "多名立法委员在岛内媒体上发表意见。",
      ["台湾地区民意代表"], "多名台湾地区民意代表在岛内媒体上发表意见。"),
    P("5.1", "中央国立中华台北 in Taiwan institution names", "台湾中央银行", "台湾中央银行宣布维持利率不变。",
      ["台湾“中央银行”"], "台湾“中央银行”宣布维持利率不变。"),
    P("5.1", "中央国立中华台北 in Taiwan institution names", "台湾立法院", "台湾立法院当天通过了该法案。",
      ["台湾“立法院”"], "台湾“立法院”当天通过了该法案。"),
    P("5.1", "中央国立中华台北 in Taiwan institution names", "中华台北", "中华台北代表队获得一枚金牌。",
      ["“中华台北”"], "“中华台北”代表队获得一枚金牌。"),
    P("5.1", "国立台湾大学", "国立台湾大学", "他毕业于国立台湾大学。", ["台湾大学"], "他毕业于台湾大学。"),
    P("5.1", "清华大学 / 故宫博物院", "台湾清华大学", "台湾清华大学的师生来访。",
      ["台湾“清华大学”"], "台湾“清华大学”的师生来访。"),
    P("5.1", "清华大学 / 故宫博物院", "台北故宫博物院", "台北故宫博物院展出了一批文物。",
      ["台北“故宫博物院”"], "台北“故宫博物院”展出了一批文物。"),
    P("5.1", "台湾的法律", "台湾的法律", "根据台湾的法律，该行为须受处罚。",
      ["台湾地区的有关规定"], "根据台湾地区的有关规定，该行为须受处罚。"),
    P("5.1", "台湾的法律", "台湾的“法律”", "根据台湾的“法律”，该行为须受处罚。",
      ["台湾地区的有关规定"], "根据台湾地区的有关规定，该行为须受处罚。"),
    P("5.1", "文书验证、司法协助、引渡", "引渡", "台湾方面要求大陆引渡该名犯罪嫌疑人。"),
    P("5.1", "文书验证、司法协助、引渡", "司法协助", "两岸开展司法协助，共同打击电信网络诈骗。"),
    P("5.1", "文书验证、司法协助、引渡", "文书验证", "两岸公证文书验证工作顺利推进。"),
    P("5.1", "两岸三地", "两岸三地", "两岸三地的青年学生齐聚一堂。",
      ["海峡两岸和香港", "海峡两岸和港澳"], "海峡两岸和香港的青年学生齐聚一堂。"),
    P("5.1", "中港、中澳、中台", "中港", "中港两地经贸合作日益密切。", ["内地与香港"], "内地与香港经贸合作日益密切。"),
    P("5.1", "中港、中澳、中台", "中澳", "中澳两地合作推动澳门经济适度多元发展。",
      ["内地与澳门"], "内地与澳门合作推动澳门经济适度多元发展。"),
    P("5.1", "中港、中澳、中台", "中台", "中台经贸往来日益密切。", ["大陆与台湾"], "大陆与台湾经贸往来日益密切。"),
    P("5.1", "内港、内澳", "内港", "内港两地青年交流活动在深圳举行。", ["内地与香港"], "内地与香港青年交流活动在深圳举行。"),
    P("5.1", "内港、内澳", "内澳", "内澳两地合作不断深化。", ["内地与澳门"], "内地与澳门合作不断深化。"),
    P("5.1", "港澳台游客来华(国内)旅游", "来华", "港澳台游客来华旅游人数持续增长。",
      ["来内地", "来大陆"], "港澳台游客来内地旅游人数持续增长。"),
    P("5.1", "港澳台游客来华(国内)旅游", "来国内", "港澳台游客来国内旅游人数持续增长。",
      ["来内地", "来大陆"], "港澳台游客来内地旅游人数持续增长。"),
    P("5.1", "九二共识、一中各表", "九二共识、一中各表", "两岸应坚持九二共识、一中各表。",
      ["“九二共识”"], "两岸应坚持“九二共识”。"),
    P("5.1", "自称大陆 at international events", "中国大陆", "来自中国大陆、美国、日本的运动员同场竞技。",
      ["中国"], "来自中国、美国、日本的运动员同场竞技。"),
    P("5.1", "自称大陆 at international events", "台湾", "来自美国、日本和台湾的选手参加了国际比赛。",
      ["中国台湾"], "来自美国、日本和中国台湾的选手参加了国际比赛。"),
    P("5.1", "台独 without quotation marks", "台独", "坚决打击台独分裂势力。", ["“台独”"], "坚决打击“台独”分裂势力。"),
    P("5.1", "台独 without quotation marks", "台湾独立", "坚决反对台湾独立。", ["“台湾独立”"], "坚决反对“台湾独立”。"),
    P("5.1", "福摩萨", "福摩萨", "福摩萨岛上风光秀丽。"),
    P("5.1", "福摩萨", None, None, ["“福摩萨”"], "十六世纪的西方航海者曾把台湾岛称为“福摩萨”。", kind="ok"),
    P("5.1", "斯普拉特利群岛", "斯普拉特利群岛", "斯普拉特利群岛海域天气晴好。", ["南沙群岛"], "南沙群岛海域天气晴好。"),
    P("5.1", "尖阁群岛", "尖阁群岛", "日本船只在尖阁群岛附近海域活动。", ["钓鱼岛"], "日本船只在钓鱼岛附近海域活动。"),
    P("5.1", "东突厥斯坦", "东突厥斯坦", "该组织妄图建立所谓东突厥斯坦。"),
    P("5.1", "深港一体化", "深港一体化", "加快推进深港一体化发展。"),
    P("5.1", "台湾 bodies named 中国/中华", "台湾中华道教文化团体联合会", "台湾中华道教文化团体联合会代表团来访。",
      ["台湾“中华道教文化团体联合会”"], "台湾“中华道教文化团体联合会”代表团来访。"),
    # ---- §5.2 titles, law ---------------------------------------------------------------------------------------
    P("5.2", "村长; 村官", "村官", "村官带领群众发展特色产业。"),
    P("5.2", "罪犯 (before a court judgment)", "罪犯", "警方抓获3名罪犯，案件正在进一步侦办中。",
      ["犯罪嫌疑人"], "警方抓获3名犯罪嫌疑人，案件正在进一步侦办中。"),
    P("5.2", "少数民族上层人士", "少数民族上层人士", "座谈会邀请了少数民族上层人士参加。"),
    P("5.2", "老板 (for cadres", "老板", "局里的干部都称局长为老板。"),
    P("5.2", "亲自 (in reports", "亲自", "市长亲自到现场指挥抢险。"),
    P("5.2", "隆重召开 (ordinary meetings)", "隆重召开", "我镇隆重召开2026年度安全生产工作会议。"),
    P("5.2", "隆重召开 (ordinary meetings)", None, None, ["隆重召开"], "中国共产党第二十次全国代表大会在北京隆重召开。", kind="ok"),
    # ---- §5.3 ethnicity and religion ----------------------------------------------------------------------------
    P("5.3", "回回、蛮子", "回回", "村里住着几户回回。", ["回族"], "村里住着几户回族群众。"),
    P("5.3", "回回、蛮子", "蛮子", "当地人被外乡人称作蛮子。"),
    P("5.3", "蒙族、维族", "蒙族", "蒙族同胞欢度那达慕大会。", ["蒙古族"], "蒙古族同胞欢度那达慕大会。"),
    P("5.3", "蒙族、维族", "维族", "维族群众载歌载舞庆丰收。", ["维吾尔族"], "维吾尔族群众载歌载舞庆丰收。"),
    P("5.3", "蒙族、维族", "哈族", "哈族牧民转场到夏季牧场。", ["哈萨克族"], "哈萨克族牧民转场到夏季牧场。"),
    P("5.3", "蒙族、维族", "哈萨", "哈萨牧民转场到夏季牧场。", ["哈萨克族"], "哈萨克族牧民转场到夏季牧场。"),
    P("5.3", "蒙族、维族", "鲜族", "延边鲜族群众欢度传统节日。", ["朝鲜族"], "延边朝鲜族群众欢度传统节日。"),
    P("5.3", "蒙古大夫", "蒙古大夫", "这个蒙古大夫把病人治坏了。"),
    P("5.3", "蒙古大夫", "蒙古人", "他家孩子是蒙古人，智力发育迟缓。",
      ["唐氏综合征"], "他家孩子患有唐氏综合征，智力发育迟缓。"),
    P("5.3", "摩梭族、撒尼族", "摩梭族", "摩梭族的走婚习俗吸引了众多游客。", ["摩梭人"], "摩梭人的走婚习俗吸引了众多游客。"),
    P("5.3", "摩梭族、撒尼族", "撒尼族", "撒尼族姑娘表演了传统舞蹈。", ["撒尼人"], "撒尼人姑娘表演了传统舞蹈。"),
    P("5.3", "摩梭族、撒尼族", "穿青族", "穿青族群众欢度传统节日。", ["穿青人"], "穿青人群众欢度传统节日。"),
    P("5.3", "摩梭族、撒尼族", "川青族", "川青族群众欢度传统节日。", ["川青人"], "川青人群众欢度传统节日。"),
    P("5.3", "摩梭族、撒尼族", "僜族", "僜族群众搬进了新居。", ["僜人"], "僜人群众搬进了新居。"),
    P("5.3", "高句丽 → 高丽", "高丽", "古代东北的高丽政权曾与中原王朝往来。",
      ["高句丽"], "古代东北的高句丽政权曾与中原王朝往来。"),
    P("5.3", "高句丽 → 高丽", "突厥族", "新疆的突厥族牧民转场到夏季牧场。",
      ["哈萨克族"], "新疆的哈萨克族牧民转场到夏季牧场。"),
    P("5.3", "回族就是伊斯兰教", "回族就是伊斯兰教", "讲解员对游客说，回族就是伊斯兰教。"),
    P("5.3", "杀 (livestock slaughtered by Muslims)", "杀", "回族群众杀牛杀羊，欢度古尔邦节。",
      ["宰"], "回族群众宰牛宰羊，欢度古尔邦节。"),
    # ---- §5.4 international -------------------------------------------------------------------------------------
    P("5.4", "北朝鲜", "北朝鲜", "北朝鲜当天发射了一枚卫星。", ["朝鲜"], "朝鲜当天发射了一枚卫星。"),
    P("5.4", "世界贸易组织成员国", "世界贸易组织成员国", "世界贸易组织成员国代表出席了部长级会议。",
      ["世界贸易组织成员", "世界贸易组织成员方"], "世界贸易组织成员代表出席了部长级会议。"),
    P("5.4", "亚太经合组织成员国", "亚太经合组织成员国", "亚太经合组织成员国领导人齐聚一堂。",
      ["亚太经合组织成员"], "亚太经合组织成员领导人齐聚一堂。"),
    P("5.4", "穆斯林国家、穆斯林世界", "穆斯林国家", "多个穆斯林国家发表联合声明。", ["伊斯兰国家"], "多个伊斯兰国家发表联合声明。"),
    P("5.4", "穆斯林国家、穆斯林世界", "穆斯林世界", "此事在穆斯林世界引起强烈反响。", ["伊斯兰世界"], "此事在伊斯兰世界引起强烈反响。"),
    P("5.4", "伊斯兰原教旨主义", "伊斯兰原教旨主义", "伊斯兰原教旨主义在该地区有所抬头。",
      ["宗教激进主义"], "宗教激进主义在该地区有所抬头。"),
    P("5.4", "伊斯兰原教旨主义", "激进伊斯兰组织", "一个激进伊斯兰组织宣称对袭击负责。",
      ["伊斯兰激进组织"], "一个伊斯兰激进组织宣称对袭击负责。"),
    P("5.4", "阿拉伯民兵", "阿拉伯民兵", "达尔富尔地区的阿拉伯民兵袭击了村庄。",
      ["武装民兵", "部族武装"], "达尔富尔地区的武装民兵袭击了村庄。"),
    P("5.4", "黑人歹徒", "黑人歹徒", "两名黑人歹徒抢劫了便利店。", ["歹徒"], "两名歹徒抢劫了便利店。"),
    P("5.4", "十字军", "十字军", "他们把这次军事行动称为新十字军。"),
    P("5.4", "斩首 (hostage reports)", "斩首", "极端组织斩首了一名人质。", ["杀害"], "极端组织杀害了一名人质。"),
    P("5.4", "前苏联", "前苏联", "前苏联解体后，该国宣布独立。", ["苏联"], "苏联解体后，该国宣布独立。"),
    P("5.4", "一带一路\"战略", "“一带一路”战略", "我市积极融入“一带一路”战略。",
      ["“一带一路”倡议"], "我市积极融入“一带一路”倡议。"),
    P("5.4", "一带一路\"战略", "一带一路战略", "我市积极融入一带一路战略。", ["一带一路倡议"], "我市积极融入一带一路倡议。"),
    # ---- §5.5 discrimination, style -----------------------------------------------------------------------------
    P("5.5", "残废人", "残废人", "社区为残废人提供上门服务。", ["残疾人"], "社区为残疾人提供上门服务。"),
    P("5.5", "残废人", "独眼龙", "村里人都叫他独眼龙。"),
    P("5.5", "残废人", "瞎子", "志愿者为瞎子读报。", ["盲人"], "志愿者为盲人读报。"),
    P("5.5", "残废人", "聋子", "学校专门招收聋子入学。", ["聋人"], "学校专门招收聋人入学。"),
    P("5.5", "残废人", "傻子", "机构为傻子提供康复训练。", ["智力障碍者"], "机构为智力障碍者提供康复训练。"),
    P("5.5", "残废人", "呆子", "机构为呆子提供康复训练。", ["智力障碍者"], "机构为智力障碍者提供康复训练。"),
    P("5.5", "残废人", "弱智", "机构为弱智儿童提供康复训练。", ["智力障碍"], "机构为智力障碍儿童提供康复训练。"),
    P("5.5", "最佳、最好、最著名、最先进", "最佳", "这款净水器是市场上效果最佳的产品。"),
    P("5.5", "最佳、最好、最著名、最先进", "最好", "这款净水器是市场上最好的产品，欢迎购买。"),
    P("5.5", "最佳、最好、最著名、最先进", "最著名", "本店是全市最著名的火锅品牌。"),
    P("5.5", "最佳、最好、最著名、最先进", "最先进", "本产品采用全球最先进的技术。"),
    P("5.5", "疗效最佳、根治", "疗效最佳", "该药品疗效最佳，深受患者欢迎。"),
    P("5.5", "疗效最佳、根治", "根治", "这种保健品能根治高血压。"),
    P("5.5", "疗效最佳、根治", "安全无副作用", "该药品安全无副作用，可长期服用。"),
    P("5.5", "疗效最佳、根治", "药到病除", "这种药药到病除，请放心购买。"),
    P("5.5", "疗效最佳、根治", "无效退款", "本药品无效退款，欢迎选购。"),
    P("5.5", "疗效最佳、根治", "国家级新药", "该产品是国家级新药，疗效显著。"),
    P("5.5", "影帝、影后", "影帝", "影帝出席了电影节开幕式。", ["著名演员"], "著名演员出席了电影节开幕式。"),
    P("5.5", "影帝、影后", "影后", "影后出席了电影节开幕式。", ["著名演员"], "著名演员出席了电影节开幕式。"),
    P("5.5", "影帝、影后", "巨星", "多位巨星出席了电影节开幕式。", ["著名演员"], "多位著名演员出席了电影节开幕式。"),
    P("5.5", "影帝、影后", "天王", "歌坛天王在体育馆举办演唱会。", ["著名艺术家"], "歌坛著名艺术家在体育馆举办演唱会。"),
    P("5.5", "影帝、影后", "男神", "这位男神出席了电影节开幕式。", ["著名演员"], "这位著名演员出席了电影节开幕式。"),
    P("5.5", "影帝、影后", "女神", "这位女神出席了电影节开幕式。", ["著名演员"], "这位著名演员出席了电影节开幕式。"),
    P("5.5", "八荣八耻", "八荣八耻", "深入开展八荣八耻教育活动。", ["社会主义荣辱观"], "深入开展社会主义荣辱观教育活动。"),
    P("5.5", "哇噻、妈的", "哇噻", "哇噻，这里的变化太大了。"),
    P("5.5", "哇噻、妈的", "妈的", "他骂了一句妈的就走了。"),
    P("5.5", "哇噻、妈的", "SB", "网友在评论区骂他SB。"),
    P("5.5", "哇噻、妈的", "TMD", "网友在评论区写道TMD太贵了。"),
    P("5.5", "哇噻、妈的", "NB", "网友留言说这个设计太NB了。"),
    P("5.5", "解放前(后)", "解放前", "解放前这里是一片荒滩。", ["新中国成立前"], "新中国成立前这里是一片荒滩。"),
    P("5.5", "解放前(后)", "解放后", "解放后这里建起了工厂。", ["新中国成立后"], "新中国成立后这里建起了工厂。"),
]

# Rows of FACTS tables/bullets that hold no plain-string item (a description, an instruction, a statement to avoid):
# listed so that the "rows not covered" check below stays meaningful. Key substrings as for PROBES.
NOT_STRING_ROWS = {
    "2": ["| 中央政治局常委 |", "| 国家副主席 |", "| 中央军委副主席 |"],  # full forms of correct titles, nothing wrong
    "4": ["两个维护\", do not drop"],
    "5.2": ["Real names of minors"],
    "5.3": ["穆罕默德 (for ordinary Muslims)", "Pork or pig references"],
    "5.5": ["死难者中有一名北大学生"],
}

# Rows that repeat an item probed under another section.
DUPLICATE_ROWS = {
    "4": ["一带一路战略\" is wrong"],  # = §5.4
    "5.2": ["全国人大常委 (meaning a member)", "中共XX省省委书记"],  # = §2
}

SEVERITY_RANK = {"minor": 1, "major": 2, "critical": 3}


def strip(s):
    return s.replace("**", "").replace('"', "").replace("“", "").replace("”", "").replace("(", "").replace(")", "")


def unquote(s):
    return re.sub(r"[“”\"「」]", "", s)


def qnorm(s):
    """Quotation marks kept but unified: 「」 and straight quotes (alternately opening and closing) become “”."""
    s = s.replace("「", "“").replace("」", "”")
    out, opening = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)


def read_facts(path):
    """Section id -> list of rows (table rows and bullets, raw text)."""
    sections, current = {}, None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        m = re.match(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
            # §5's intro and checker traps sit under the parent heading; keep the subsection's rows separate.
            continue
        if current is None:
            continue
        if line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            sections[current].append(line)
        elif line.startswith("- "):
            sections[current].append(line)
    return sections


def find_row(sections, sec, key):
    rows = sections.get(sec, [])
    hits = [r for r in rows if strip(key) in strip(r)]
    if not hits:
        raise SystemExit(f"FACTS: no row of section {sec} contains {key!r} — a probe must come from the fact sheet")
    return hits[0]


def verification(sec, row, override):
    if override:
        return override
    low = row.lower()
    if sec.startswith("5"):
        # §5: "All items below are ✔ in at least one S9 copy unless marked."
        if "unverified as a xinhua item" in low:
            return "no"
        if "unverified" in low:
            return "r?"  # the marks in §5 rows concern the replacement (村官, 两岸三地 shorter forms, 深港一体化, 斩首, 解放前)
        return "✔"
    if "✔" in row and "unverified" not in low:
        return "✔"
    if "✔" in row:
        return "r?" if "replacement" in low else "✔"
    return "no"


def is_header(row):
    cells = [c.strip() for c in row.strip("|").split("|")]
    return any(c in ("错", "错 / 慎用", "错误/不规范", "提法", "姓名", "#", "Key") for c in cells)


def traditional_map():
    """simplified -> one traditional form (rows `S` of lexicons/unihan/t2s.tsv)."""
    m = {}
    for line in open(os.path.join(REPO, "lexicons/unihan/t2s.tsv"), encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3 and cols[2] == "S" and not line.startswith("#"):
            m.setdefault(cols[1], cols[0])
    return m


def evasions(p, t2s):
    """(kind, sentence, start, end) variants of the wrong sentence: traditional characters, and * between characters."""
    w, ws = p["wrong"], p["ws"]
    s = ws.index(w)
    out = []
    trad = "".join(t2s.get(c, c) for c in w)
    if trad != w:
        out.append(("trad", ws[:s] + trad + ws[s + len(w):], s, s + len(trad)))
    if len(w) > 1:
        sym = "".join(c + ("*" if i < len(w) - 1 and c not in "“”" and w[i + 1] not in "“”" else "") for i, c in enumerate(w))
        out.append(("sym", ws[:s] + sym + ws[s + len(w):], s, s + len(sym)))
    return out


def run_cli(lines, build):
    if build:
        subprocess.run(["dotnet", "build", os.path.join(REPO, "src/ContentGuard.Cli"), "-c", "Release", "-v", "q", "-nologo"],
                       check=True, stdout=subprocess.DEVNULL)
    data = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
    out = subprocess.run(["dotnet", CLI_DLL, "check", "--format", "jsonl"], input=data.encode("utf-8"),
                         stdout=subprocess.PIPE, check=False).stdout.decode("utf-8")
    return {r["dataId"]: r for r in (json.loads(l) for l in out.splitlines() if l.strip())}


def overlapping(result, start, end):
    return [m for m in result["matches"] if m["offset"] < end and start < m["offset"] + m["length"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("facts", help="path of FACTS-wording.md (e.g. ../shared/design/FACTS-wording.md)")
    ap.add_argument("--no-build", action="store_true", help="use the existing Release build of the CLI")
    ap.add_argument("--tsv", help="also write one row per item to this TSV file")
    ap.add_argument("--verbose", action="store_true", help="print the messages of the findings")
    args = ap.parse_args()

    sections = read_facts(args.facts)
    items = []
    for p in PROBES:
        row = find_row(sections, p["sec"], p["key"])
        p = dict(p, row=row, v=verification(p["sec"], row, p["v"]))
        if p["kind"] == "err" and p["wrong"] not in p["ws"]:
            raise SystemExit(f"probe error: {p['wrong']!r} not in {p['ws']!r}")
        if p["rs"] is not None and p["right"][0] not in p["rs"]:
            raise SystemExit(f"probe error: {p['right'][0]!r} not in {p['rs']!r}")
        items.append(p)

    lines = []
    t2s = traditional_map()
    for i, p in enumerate(items):
        if p["kind"] == "err":
            lines.append({"id": f"w{i}", "text": p["ws"], "documentDate": "2026-11-27"})
            for kind, text, _, _ in evasions(p, t2s):
                lines.append({"id": f"{kind}{i}", "text": text, "documentDate": "2026-11-27"})
        if p["rs"] is not None:
            lines.append({"id": f"r{i}", "text": p["rs"], "documentDate": "2026-11-27"})
    results = run_cli(lines, not args.no_build)

    rows = []
    for i, p in enumerate(items):
        r = dict(sec=p["sec"], kind=p["kind"], v=p["v"], wrong=p["wrong"] or "", right=p["right"][0] if p["right"] else "",
                 flagged="", sev="", rule="", fix="", clean="", trad="", sym="", msgs=[])
        if p["kind"] == "err":
            res = results[f"w{i}"]
            s = p["ws"].index(p["wrong"])
            hits = overlapping(res, s, s + len(p["wrong"]))
            r["flagged"] = "yes" if hits else "no"
            if hits:
                best = max(hits, key=lambda m: SEVERITY_RANK[m["severity"]])
                r["sev"], r["rule"] = best["severity"], best["rule"]["id"]
                r["msgs"] = [m["message"] for m in hits]
            if p["right"]:
                ok = False
                rights = [qnorm(x) for x in p["right"]]
                for m in hits:
                    for rep in m.get("replacements", []):
                        value = rep["value"]
                        fixed = p["ws"][:m["offset"]] + value + p["ws"][m["offset"] + m["length"]:]
                        if (p["rs"] and qnorm(fixed) == qnorm(p["rs"])) or any(x in qnorm(value) for x in rights):
                            ok = True
                r["fix"] = ("yes" if ok else "no") if hits else "no"
            r["repls"] = sorted({rep["value"] for m in hits for rep in m.get("replacements", [])})
            for kind, _, start, end in evasions(p, t2s):
                r[kind] = "yes" if overlapping(results[f"{kind}{i}"], start, end) else "no"
        if p["rs"] is not None:
            res = results[f"r{i}"]
            s = p["rs"].index(p["right"][0])
            bad = overlapping(res, s, s + len(p["right"][0]))
            r["clean"] = "no" if bad else "yes"
            if bad:
                r["msgs"] = r["msgs"] + ["RIGHT FORM: " + m["rule"]["id"] + " " + m["message"] for m in bad]
        rows.append(r)

    # table
    print(f"{'§':<4}{'v':<3}{'wrong':<16}{'flag':<5}{'severity':<9}{'rule':<34}{'fix':<4}{'clean':<6}{'trad':<5}{'sym':<4}right / replacements")
    for r in rows:
        wrong = r["wrong"] if r["kind"] == "err" else "(ok form)"
        extra = r["right"] + ("  <- " + "|".join(r.get("repls", [])) if r.get("repls") else "")
        print(f"{r['sec']:<4}{r['v']:<3}{wrong:<16}{r['flagged'] or '-':<5}{r['sev'] or '-':<9}{r['rule'] or '-':<34}"
              f"{r['fix'] or '-':<4}{r['clean'] or '-':<6}{r['trad'] or '-':<5}{r['sym'] or '-':<4}{extra}")
        if args.verbose:
            for m in r["msgs"]:
                print("        " + m)

    errs = [r for r in rows if r["kind"] == "err"]
    with_right = [r for r in errs if r["right"]]
    oks = [r for r in rows if r["kind"] == "ok"]
    print()
    print("summary (items = wrong forms probed; fix and clean counted over the items with a correct form in FACTS):")
    for label, sel in (("all", errs), ("✔ only", [r for r in errs if r["v"] == "✔"])):
        wr = [r for r in sel if r["right"]]
        print(f"  {label:<7} items {len(sel)}, flagged {sum(r['flagged'] == 'yes' for r in sel)}, "
              f"with a correct form {len(wr)}: correct replacement {sum(r['fix'] == 'yes' for r in wr)}, "
              f"right form clean {sum(r['clean'] == 'yes' for r in wr)}")
    flagged = [r for r in errs if r["flagged"] == "yes"]
    for kind, label in (("trad", "traditional characters"), ("sym", "* between characters")):
        sel = [r for r in flagged if r[kind]]
        print(f"  evasion, {label}: {sum(r[kind] == 'yes' for r in sel)} of {len(sel)} flagged items still flagged"
              + (" (missed: " + "、".join(r["wrong"] for r in sel if r[kind] == "no") + ")" if any(r[kind] == "no" for r in sel) else ""))
    sev = Counter(r["sev"] for r in errs if r["flagged"] == "yes")
    print(f"  flagged by severity: " + ", ".join(f"{k} {sev[k]}" for k in ("critical", "major", "minor")))
    print(f"  correct forms FACTS names as not errors: {len(oks)}, clean {sum(r['clean'] == 'yes' for r in oks)}")
    missed = [r["wrong"] for r in errs if r["flagged"] == "no"]
    print(f"  not flagged ({len(missed)}): " + "、".join(f"{r['wrong']}[{r['v']}]" for r in errs if r["flagged"] == "no"))
    dirty = [r for r in rows if r["clean"] == "no"]
    if dirty:
        print(f"  right form flagged ({len(dirty)}): " + "、".join(r["right"] for r in dirty))

    # rows of FACTS wrong/right tables not covered by a probe (nor listed as not a plain string)
    uncovered = []
    for sec in ("2", "4", "5.1", "5.2", "5.3", "5.4", "5.5"):
        for row in sections.get(sec, []):
            if is_header(row) or (sec == "4" and not row.startswith("- ")) or (sec == "2" and not row.startswith("|")):
                continue
            keys = [p["key"] for p in items if p["sec"] == sec] + NOT_STRING_ROWS.get(sec, []) + DUPLICATE_ROWS.get(sec, [])
            if not any(strip(k) in strip(row) for k in keys):
                uncovered.append((sec, row[:90]))
    print(f"  FACTS rows not probed: {len(uncovered)}")
    for sec, row in uncovered:
        print(f"    §{sec}: {row}")

    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as f:
            f.write("section\tverified\tkind\twrong\tright\tflagged\tseverity\trule\tcorrect_fix\tright_clean\ttraditional\tsymbols\n")
            for r in rows:
                f.write("\t".join([r["sec"], r["v"], r["kind"], r["wrong"], r["right"], r["flagged"], r["sev"], r["rule"],
                                   r["fix"], r["clean"], r["trad"], r["sym"]]) + "\n")


if __name__ == "__main__":
    main()
