namespace ContentGuard.Tests.Detectors.Secrecy;

public sealed class SecrecyDetectorTests
{
    private static IReadOnlyList<Finding> Secrecy(string text) =>
        [.. TestEngine.Default.Check(text).Matches.Where(m => m.Rule.Category == Category.Secrecy)];

    [Theory]
    [InlineData("秘密★10年\n关于开展检查的通知", "秘密★10年")]
    [InlineData("机密★1年\n正文", "机密★1年")]
    [InlineData("绝密★长期\n正文", "绝密★长期")]
    [InlineData("  机密 ★ 5年  关于……的通知", "机密 ★ 5年")]
    [InlineData("机密\n正文", "机密")]
    [InlineData("标题\n秘密★\n正文", "秘密★")]
    [InlineData("文号：2020-1  密级：秘密", "密级：秘密")]
    [InlineData("ＸＸ\n机密★１年\n", "机密★１年")]
    [InlineData("機密★1年\n", "機密★1年")]
    public void Markings_at_the_start_of_a_line_are_critical(string text, string marking)
    {
        var f = Assert.Single(Secrecy(text));
        Assert.Equal(marking, f.Text);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Equal(Suggestion.Block, TestEngine.Default.Check(text).Decision.Suggestion);
    }

    [Theory]
    [InlineData("标题\r机密★1年\r正文", "机密★1年")]
    [InlineData("标题\r机密\r正文", "机密")]
    [InlineData("标题\u2028机密★1年", "机密★1年")]
    [InlineData("标题\u2029秘密\u2029正文", "秘密")]
    [InlineData("标题\r内部资料\r正文", "内部资料")]
    public void Lines_ended_by_a_lone_cr_or_a_unicode_separator_are_lines(string text, string marking)
    {
        // The engine's sentence splitter ends lines at \r, \u2028 and \u2029 too (old Mac files, text copied from
        // rich editors); the marking must not hide behind them.
        var f = Assert.Single(Secrecy(text));
        Assert.Equal(marking, f.Text);
    }

    [Theory]
    [InlineData("各单位要保守国家秘密，严防泄密。")]
    [InlineData("秘密行动的故事已经拍成电影。")]
    [InlineData("机密文件管理办法已经修订。")]
    [InlineData("加强商业秘密保护★重点工作")]
    [InlineData("他把秘密★藏在心里")]
    public void The_word_in_ordinary_prose_is_not_a_marking(string text) => Assert.Empty(Secrecy(text));

    [Fact]
    public void Internal_material_notice_is_major()
    {
        var f = Assert.Single(Secrecy("内部资料，注意保存\n正文。"));
        Assert.Equal(Severity.Major, f.Severity);
    }

    [Fact]
    public void The_sample_city_notice_passes()
    {
        const string notice = "韶关市人民政府办公室关于2020年第一季度政府网站检查情况的通报。2020年1月20日，市政府办公室对全市正常运行的政府网站进行了全覆盖检查。要切实做好防攻击、防篡改、防病毒、防瘫痪、防劫持、防泄密等工作。联系人：陈叶飞，联系电话：8963983。";
        var result = TestEngine.Default.Check(notice);
        Assert.DoesNotContain(result.Matches, m => m.Severity == Severity.Critical);
        Assert.NotEqual(Suggestion.Block, result.Decision.Suggestion);
    }
}
