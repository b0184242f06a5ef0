namespace ContentGuard.Tests.Detectors.Wording;

public sealed class LeaderNameDetectorTests
{
    [Theory]
    [InlineData("习近评总书记指出，要坚持以人民为中心。", "习近评", "习近平", "同音")]
    [InlineData("习近乎同志强调，要统筹发展和安全。", "习近乎", "习近平", "形近")]
    [InlineData("温家室总理考察了灾区。", "温家室", "温家宝", "形近")]
    [InlineData("会议由王户宁主持。", "王户宁", "王沪宁", "同音")]
    [InlineData("国务院总理李墙出席会议。", "李墙", "李强", "同音")]
    [InlineData("中央政治局常委贺国墙出席。", "贺国墙", "贺国强", "同音")]
    [InlineData("习平总书记指出。", "习平", "习近平", "漏了")]
    [InlineData("习近近平总书记指出。", "习近近平", "习近平", "多了")]
    [InlineData("坚持以习近近平新时代中国特色社会主义思想为指导。", "习近近平", "习近平", "多了")]
    [InlineData("团结在以习平同志为核心的党中央周围。", "习平", "习近平", "漏了")]
    [InlineData("深入学习贯彻习平新时代中国特色社会主义思想。", "习平", "习近平", "漏了")]
    public void A_near_miss_of_a_leaders_name_is_critical_with_the_right_name(string text, string wrong, string right, string how)
    {
        var (f, replacements) = Wording.Single(text, "LEADER_NAME");
        Assert.Equal(wrong, f.Text);
        Assert.Equal([right], replacements);
        Assert.Equal(Severity.Critical, f.Severity);
        Assert.Contains(how, f.Message, StringComparison.Ordinal);
        Assert.Contains(right, f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("學習近期文件精神。")]
    [InlineData("学习近期文件精神。")]
    [InlineData("小李强调要注意安全。")]
    [InlineData("习近平总书记指出。")]
    [InlineData("李强总理主持国务院常务会议。")]
    [InlineData("他的能力强，理强于情。")]
    [InlineData("张国庆同学获得一等奖。")]
    [InlineData("何国强获得一等奖。")]
    [InlineData("中国人民解放军万里长城永不倒。")]
    [InlineData("请登录学习平台完成课程。")]
    public void Correct_text_that_resembles_a_name_is_not_flagged(string text) => Assert.Empty(Wording.Check(text, "LEADER_NAME"));

    [Theory]
    [InlineData("王义同志是我们单位的老职工。")]
    [InlineData("李熙书记到村里调研。")]
    [InlineData("韩峥同志退休了。")]
    public void A_two_char_name_beside_a_title_ordinary_people_carry_is_not_a_leader(string text) =>
        Assert.Empty(Wording.Check(text, "LEADER_NAME"));

    [Fact]
    public void A_two_char_name_needs_a_title_beside_it()
    {
        // 李墙 alone could be anyone; beside 总理 it is the premier's name mistyped.
        Assert.Empty(Wording.Check("李墙是我的同学。", "LEADER_NAME"));
        Assert.Single(Wording.Check("李墙总理出席会议。", "LEADER_NAME"));
    }

    [Theory]
    [InlineData("習近評總書記指出。", "習近評")]
    [InlineData("习*近*评总书记指出。", "习*近*评")]
    [InlineData("习 近 评总书记指出。", "习 近 评")]
    public void Traditional_characters_and_inserted_symbols_are_seen_through(string text, string wrong)
    {
        var (f, replacements) = Wording.Single(text, "LEADER_NAME");
        Assert.Equal(wrong, f.Text);
        Assert.Equal(["习近平"], replacements);
    }

    [Fact]
    public void A_name_inside_html_is_found_at_its_offset_in_the_source()
    {
        const string html = "<p>习近评<b>总书记</b>指出</p>";
        var f = Assert.Single(Wording.Check(html, format: TextFormat.Html), m => m.Rule.Category.Id == "LEADER_NAME");
        Assert.Equal("习近评", html.Substring(f.Offset, f.Length));
    }
}
