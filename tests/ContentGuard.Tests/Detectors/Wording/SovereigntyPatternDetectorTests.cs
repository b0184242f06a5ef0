namespace ContentGuard.Tests.Detectors.Wording;

public sealed class SovereigntyPatternDetectorTests
{
    [Theory]
    [InlineData("来自美国、日本、台湾等国家的客商。", "等国家和地区")]
    [InlineData("产品远销英国、新加坡、香港等国。", "等国家和地区")]
    [InlineData("参展国家有德国、法国、中国香港、韩国。", "参展国家和地区")]
    [InlineData("美国、日本、台湾三国签署协议。", "三个国家和地区")]
    [InlineData("英国、香港2国代表出席。", "2个国家和地区")]
    [InlineData("美国、日本、台湾三个国家的代表。", "三个国家和地区")]
    public void Taiwan_hong_kong_or_macao_listed_as_a_country_is_critical(string text, string replacement)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(replacement, f.Replacements[0].Value);
    }

    [Theory]
    [InlineData('1')]
    [InlineData('二')]
    public void A_long_run_of_digits_or_numerals_is_checked_in_linear_time(char digit)
    {
        // The list-head pattern tried [二…十两\d]+ from every position of the run: quadratic, so 100,000 digits ran
        // into the regex timeout and the check failed (HTTP 500).
        var text = new string(digit, 100_000) + "，美国、台湾两国";

        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));

        Assert.Equal("两国", f.Text);
    }

    [Theory]
    [InlineData("香港、澳门、台湾等国家。", "等国家", "等地区")]
    [InlineData("香港、澳门、台湾等国。", "等国", "等地区")]
    public void Hong_kong_macao_and_taiwan_alone_called_countries_is_critical(string text, string head, string replacement)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(head, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(replacement, f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("维护香港、澳门的国家安全。")]
    [InlineData("香港、澳门等地区。")]
    [InlineData("来自香港、澳门和台湾的客商。")]
    public void Regions_without_a_country_word_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("台湾是一个国家")]
    [InlineData("国家：台湾")]
    public void Taiwan_called_a_country_is_critical(string text) =>
        Assert.Equal(Severity.Critical, Assert.Single(Wording.Check(text, "SOVEREIGNTY")).Severity);

    [Theory]
    [InlineData("来自美国、日本、中国台湾等国家和地区的客商。")]
    [InlineData("香港、澳门等地区。")]
    [InlineData("产品销往港澳台地区及东南亚国家。")]
    [InlineData("台湾是中国的一部分。")]
    [InlineData("台湾不是一个国家。")]
    [InlineData("与共建“一带一路”国家和香港、澳门开展合作。")]
    [InlineData("世界上许多国家和地区。")]
    [InlineData("坚持“一个国家，两种制度”，台湾问题是中国的内政。")]
    public void Correct_country_lists_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("中华民国113年", "2024年")]
    [InlineData("民国一百一十年", "2021年")]
    public void The_roc_calendar_after_1949_is_critical(string text, string replacement)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(replacement, f.Replacements[0].Value);
    }

    [Fact]
    public void Roc_government_in_a_present_day_sentence_is_critical()
    {
        var f = Assert.Single(Wording.Check("2023年，中华民国政府宣布。", "SOVEREIGNTY"));
        Assert.Equal("台湾当局", f.Replacements[0].Value);
        Assert.Equal(Severity.Critical, Assert.Single(Wording.Check("会场悬挂中华民国国旗，现场目前很热闹。", "SOVEREIGNTY")).Severity);
    }

    [Theory]
    [InlineData("1912年中华民国成立。")]
    [InlineData("辛亥革命推翻了清王朝，建立了中华民国。")]
    [InlineData("中华民国临时约法。")]
    [InlineData("中华民国时期（1912—1949年）的档案。")]
    [InlineData("民国二十六年（1937年）。")]
    [InlineData("深化全民国防教育。")]
    [InlineData("江泽民国防和军队建设思想。")]
    [InlineData("公民国籍。")]
    [InlineData("1946年，中华民国政府迁都南京。")]
    public void Historic_roc_references_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("坚决反对台独。", "台独")]
    [InlineData("打击台独分裂势力。", "台独")]
    [InlineData("任何旨在制造台湾独立的企图。", "台湾独立")]
    public void Taidu_without_quotes_is_major_with_quotes_as_fix(string text, string term)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal($"“{term}”", f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("坚决打击“台独”分裂势力。")]
    [InlineData("开展“反台独、促统一”活动。")]
    [InlineData("反对“台湾独立”。")]
    [InlineData("搭建平台独立运营。")]
    [InlineData("反对\"台独\"。")]
    [InlineData("采购一台独特的设备。")]
    [InlineData("电台独家报道。")]
    public void Quoted_taidu_passes(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("台湾立法院通过", "台湾立法院", Severity.Critical)]
    [InlineData("台湾中央研究院院士", "台湾中央研究院", Severity.Major)]
    [InlineData("国立政治大学教授", "国立政治大学", Severity.Critical)]
    [InlineData("中华台北代表队", "中华台北", Severity.Critical)]
    public void Taiwan_institutions_need_quotes(string text, string span, Severity severity)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(span, f.Text);
        Assert.Equal(severity, f.Severity);
    }

    [Fact]
    public void A_verified_taiwan_institution_gets_its_quotes_as_fix() =>
        Assert.Equal("台湾“立法院”", Assert.Single(Wording.Check("台湾立法院通过", "SOVEREIGNTY")).Replacements[0].Value);

    [Theory]
    [InlineData("台湾“立法院”")]
    [InlineData("清华大学")]
    [InlineData("北京故宫博物院")]
    [InlineData("中国人民银行是我国的中央银行")]
    [InlineData("外交部发言人")]
    [InlineData("对一切爱国的和愿意回到爱国立场上的人们")]
    [InlineData("“中华台北”代表队")]
    public void Mainland_institutions_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("两岸引渡犯罪嫌疑人")]
    [InlineData("大陆与台湾开展司法协助")]
    public void International_law_terms_for_cross_strait_matters_are_reviewed(string text) =>
        Assert.Equal(Severity.Major, Assert.Single(Wording.Check(text, "SOVEREIGNTY")).Severity);

    [Theory]
    [InlineData("中国与泰国签署引渡条约")]
    [InlineData("刑事司法协助请求书")]
    [InlineData("《海峡两岸共同打击犯罪及司法互助协议》")]
    public void International_law_terms_elsewhere_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("中国和台湾的经贸关系")]
    [InlineData("香港与中国之间的贸易")]
    [InlineData("研究在中国和台湾之间的航线")]
    public void China_paired_with_a_region_is_reviewed(string text) =>
        Assert.Equal(Severity.Major, Assert.Single(Wording.Check(text, "SOVEREIGNTY")).Severity);

    [Theory]
    [InlineData("中国台湾、中国香港")]
    [InlineData("中国大陆和台湾")]
    [InlineData("中国国民党")]
    [InlineData("香港与中国内地的合作")]
    [InlineData("中国与香港特别行政区政府签署协议")]
    [InlineData("中国人民银行与香港金融管理局签署")]
    public void China_in_longer_names_passes(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Theory]
    [InlineData("台湾同胞来华投资", "来大陆")]
    [InlineData("香港居民来国内就业", "来内地")]
    public void Residents_coming_to_china_are_flagged(string text, string replacement) =>
        Assert.Equal(replacement, Assert.Single(Wording.Check(text, "SOVEREIGNTY")).Replacements[0].Value);

    [Theory]
    [InlineData("外国游客来华旅游")]
    [InlineData("港澳台游客来内地（大陆）旅游")]
    [InlineData("欢迎外商来华投资")]
    public void Foreign_visitors_coming_to_china_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));

    [Fact]
    public void Mixed_foreign_and_regional_visitors_are_only_reviewed_without_a_fix()
    {
        var f = Assert.Single(Wording.Check("欢迎香港、台湾及外国客商来华投资", "SOVEREIGNTY"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
    }

    [Fact]
    public void A_taiwan_body_named_zhonghua_needs_quotes()
    {
        Assert.Single(Wording.Check("台湾中华道教文化团体联合会", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("中国国民党主席", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("中华全国台湾同胞联谊会", "SOVEREIGNTY"));
    }

    [Fact]
    public void Ninety_two_consensus_with_one_china_two_interpretations_is_one_critical_finding()
    {
        var f = Assert.Single(Wording.Check("坚持九二共识、一中各表", "SOVEREIGNTY"));
        Assert.Equal("九二共识、一中各表", f.Text);
        Assert.Equal("“九二共识”", f.Replacements[0].Value);
        Assert.Empty(Wording.Check("坚持“九二共识”", "SOVEREIGNTY"));
    }

    [Theory]
    [InlineData("中共广东省省委书记", "中共广东省委书记")]
    [InlineData("南京市市委书记", "南京市委书记")]
    [InlineData("中共江苏省省委副书记", "中共江苏省委副书记")]
    public void Doubled_province_or_city_before_party_committee_is_flagged(string text, string right)
    {
        var f = Assert.Single(Wording.Check(text, "LEADER_TITLE"));
        Assert.Equal(right, text[..f.Offset] + f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("中共广东省委书记")]
    [InlineData("15个副省级城市市委书记")]
    [InlineData("本省省委书记")]
    [InlineData("广东省省长")]
    [InlineData("全省市委书记座谈会")]
    [InlineData("本市市委书记")]
    public void Correct_party_secretary_titles_pass(string text) => Assert.Empty(Wording.Check(text, "LEADER_TITLE"));

    [Fact]
    public void Mainland_in_an_international_list_is_reviewed()
    {
        var f = Assert.Single(Wording.Check("参赛队伍来自中国大陆、美国、日本。", "SOVEREIGNTY"));
        Assert.Equal("中国大陆", f.Text);
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(Wording.Check("中国大陆与台湾", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("大陆居民赴台旅游", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("两岸（大陆和台湾）", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("参赛队伍来自中国、美国、日本。", "SOVEREIGNTY"));
        Assert.Empty(Wording.Check("美国、日本、大陆架研究机构参会。", "SOVEREIGNTY"));
    }
}
