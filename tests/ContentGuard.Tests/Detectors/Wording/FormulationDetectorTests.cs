namespace ContentGuard.Tests.Detectors.Wording;

public sealed class FormulationDetectorTests
{
    [Theory]
    [InlineData("要深入开展扫黑险恶专项斗争。", "扫黑险恶", "扫黑除恶")]
    [InlineData("全面从严治挡永远在路上。", "全面从严治挡", "全面从严治党")]
    [InlineData("坚持以人民为中心的发展思相。", "以人民为中心的发展思相", "以人民为中心的发展思想")]
    [InlineData("要坚定“四个自新”。", "四个自新", "四个自信")]
    [InlineData("推进中华民族伟大复星。", "中华民族伟大复星", "中华民族伟大复兴")]
    [InlineData("深入开展扫黑除除恶专项斗争。", "扫黑除除恶", "扫黑除恶")]
    [InlineData("中华人民供和国成立75周年。", "中华人民供和国", "中华人民共和国")]
    [InlineData("国家发展和改革委原会发布通知。", "国家发展和改革委原会", "国家发展和改革委员会")]
    [InlineData("坚持全面从治党。", "全面从治党", "全面从严治党")]
    public void A_near_miss_of_a_formulation_is_critical_with_the_canonical_form(string text, string wrong, string right)
    {
        var (f, replacements) = Wording.Single(text, "FORMULATION");
        Assert.Equal(wrong, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(right, Assert.Single(replacements).Trim('“', '”'));
    }

    [Fact]
    public void A_near_miss_of_an_unverified_unattested_formulation_asks_for_review()
    {
        // 习近平文化思想 is marked U in the fact sheet and occurs in only two corpus documents.
        var f = Assert.Single(Wording.Check("学习贯彻习近平文化思相。", "FORMULATION"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
        Assert.Contains("请人工核实", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("坚持以人民为中心的发展思想。")]
    [InlineData("坚定“四个自信”，增强“四个意识”，做到“两个维护”。")]
    [InlineData("坚定\"四个自信\"。")]
    [InlineData("他是个自信的人。")]
    [InlineData("完善现代文化产业体系。")]
    [InlineData("向关心和支持中国现代化建设的各国朋友表示感谢。")]
    [InlineData("报告由生态环境部门起草，生态环境不断改善。")]
    [InlineData("中国式现代化是人口规模巨大的现代化。")]
    [InlineData("两个代表团参加了会议，其中一个意识到问题。")]
    [InlineData("意识形态工作，五个意识形态领域问题。")]
    [InlineData("深入贯彻省委“六个坚持”工作要求。")]
    [InlineData("阿拉善右旗坚持“三个结合”，推进乡村振兴。")]
    [InlineData("坚持“两个毫不动摇”。")]
    [InlineData("3.四个自信")]
    [InlineData("1.两个维护\n2.两个确立")]
    [InlineData("2 四个意识")]
    [InlineData("一.四个自信")]
    [InlineData("三.两个维护")]
    [InlineData("三·四个意识")]
    [InlineData("七一.两个确立")]
    public void Correct_text_is_not_flagged(string text) => Assert.Empty(Wording.Check(text, "FORMULATION"));

    [Fact]
    public void A_real_word_alternative_is_only_a_review()
    {
        // 法制 is a word of its own; 社会主义民主法制建设 was the official wording before 法治.
        var f = Assert.Single(Wording.Check("加强社会主义民主法制建设。", "FORMULATION"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal("社会主义民主法治建设", f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("根据全圃人民代表大会的决定。", "全圃人民代表大会", "全国人民代表大会")]
    [InlineData("全国人民代表大会常务委贝会公告。", "全国人民代表大会常务委贝会", "全国人民代表大会常务委员会")]
    public void An_unrelated_char_garbling_a_long_formulation_is_a_review(string text, string wrong, string right)
    {
        var f = Assert.Single(Wording.Check(text, "FORMULATION"));
        Assert.Equal(wrong, f.Text);
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Equal(right, f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("市自然资源局发布通知。")]
    [InlineData("省生态环境厅发布通知。")]
    [InlineData("全省人民代表大会代表选举。")]
    [InlineData("国务院办事处。")]
    public void Correct_names_one_char_away_from_a_formulation_pass(string text) => Assert.Empty(Wording.Check(text, "FORMULATION"));

    [Theory]
    [InlineData("坚定“三个自信”。", "三个自信", "四个自信")]
    [InlineData("坚定三个自信。", "三个自信", "四个自信")]
    [InlineData("增强五个意识。", "五个意识", "四个意识")]
    [InlineData("深刻领悟三个确立的决定性意义。", "三个确立", "两个确立")]
    [InlineData("坚决做到三个维护。", "三个维护", "两个维护")]
    [InlineData("协调推进“三个全面”战略布局。", "三个全面", "四个全面")]
    [InlineData("电话13912345678三个自信", "三个自信", "四个自信")]
    [InlineData("2023三个维护", "三个维护", "两个维护")]
    [InlineData("坚定三*个*自*信", "三*个*自*信", "四个自信")]
    public void A_wrong_number_is_critical(string text, string wrong, string right)
    {
        var (f, replacements) = Wording.Single(text, "FORMULATION");
        Assert.Equal(wrong, f.Text.Trim('“', '”'));
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal([right], replacements);
    }

    [Theory]
    [InlineData("坚定“四个自信”，即道路自信、理论自信、制度自信。", "列举了3项")]
    [InlineData("增强“四个意识”（政治意识、大局意识、核心意识、责任意识）。", "责任意识")]
    [InlineData("坚持道路自信、理论自信、制度自信“四个自信”。", "列举了3项")]
    [InlineData("贯彻创新、协调、绿色、开放的新发展理念。", "列举了4项")]
    public void An_enumeration_that_does_not_match_the_canon_is_critical(string text, string problem)
    {
        var (f, replacements) = Wording.Single(text, "FORMULATION");
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains(problem, f.Message, StringComparison.Ordinal);
        Assert.Single(replacements);
    }

    [Theory]
    [InlineData("坚定“四个自信”，即道路自信、理论自信、制度自信、文化自信。")]
    [InlineData("增强政治意识、大局意识、核心意识、看齐意识“四个意识”。")]
    [InlineData("坚持创新、协调、绿色、开放、共享的新发展理念。")]
    [InlineData("贯彻执行以经济建设为中心、坚持四项基本原则、坚持改革开放的基本路线。")]
    public void A_correct_enumeration_passes(string text) => Assert.Empty(Wording.Check(text, "FORMULATION"));

    [Fact]
    public void An_enumeration_of_an_unverified_formulation_asks_for_review()
    {
        var f = Assert.Single(Wording.Check("统筹推进“五位一体”总体布局，即经济建设、政治建设、文化建设、社会建设。", "FORMULATION"));
        Assert.Equal(Severity.Major, f.Severity);
        Assert.Empty(f.Replacements);
    }

    [Theory]
    [InlineData("协调推进“四个全面”总体布局。", "总体布局", "战略布局")]
    [InlineData("统筹推进“五位一体”战略布局。", "战略布局", "总体布局")]
    public void A_wrong_fixed_suffix_is_critical(string text, string wrong, string right)
    {
        var (f, replacements) = Wording.Single(text, "FORMULATION");
        Assert.Equal(wrong, f.Text);
        Assert.Equal([right], replacements);
    }

    [Theory]
    [InlineData("協調推進“四個全面”戰略佈局，堅定“三個自信”。", "三個自信")]
    [InlineData("<p>坚定<b>“三个自信”</b></p>", "三个自信")]
    [InlineData("坚定“三 个 自 信”。", "三 个 自 信")]
    public void Errors_in_traditional_characters_html_and_with_noise_are_found(string text, string wrong)
    {
        var format = text.StartsWith('<') ? TextFormat.Html : TextFormat.Text;
        var f = Assert.Single(Wording.Check(text, format: format));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length).Trim('“', '”'));
        Assert.Equal("四个自信", f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("坚定“四个自信”")]
    [InlineData("坚定\"四个自信\"")]
    [InlineData("坚定「四个自信」")]
    [InlineData("坚定四个自信")]
    public void Quotes_full_or_half_width_or_none_are_all_correct(string text) => Assert.Empty(Wording.Check(text));

    [Fact]
    public void A_regional_formulation_with_the_same_body_passes_only_in_its_context()
    {
        // 2026 西藏自治区政府工作报告: “三个意识”教育 of religious work is not a miscount of “四个意识”.
        Assert.Empty(Wording.Check("积极引导藏传佛教与社会主义社会相适应，常态化开展“三个意识”教育。", "FORMULATION"));
        var f = Assert.Single(Wording.Check("增强“三个意识”，坚定“四个自信”。", "FORMULATION"));
        Assert.Equal("FORMULATION_NUMBER", f.Rule.Id);
        Assert.Equal("四个意识", f.Replacements[0].Value);
    }

    [Theory]
    [InlineData("推进两化融合发展。")]
    [InlineData("树牢和践行正确政绩观。")]
    public void An_unrelated_char_that_official_prose_uses_there_is_wording_not_a_garble(string text) =>
        Assert.Empty(Wording.Check(text, "FORMULATION"));
}
