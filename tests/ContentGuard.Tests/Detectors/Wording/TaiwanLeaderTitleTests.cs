namespace ContentGuard.Tests.Detectors.Wording;

/// <summary>The shipped sovereignty lexicon rows for Taiwan's leaders called 总统 / 副总统 (sov.tw-leader-*).</summary>
public sealed class TaiwanLeaderTitleTests
{
    [Theory]
    [InlineData("蔡英文总统出席活动。", "蔡英文总统", "台湾地区领导人蔡英文")]
    [InlineData("总统赖清德发表讲话。", "总统赖清德", "台湾地区领导人赖清德")]
    [InlineData("前总统马英九访问大陆。", "前总统马英九", "台湾地区前领导人马英九")]
    [InlineData("副总统萧美琴表示。", "副总统萧美琴", "台湾地区副领导人萧美琴")]
    [InlineData("蔡英文總統出席活動。", "蔡英文總統", "台湾地区领导人蔡英文")]
    [InlineData("蔡英文*总统出席活动。", "蔡英文*总统", "台湾地区领导人蔡英文")]
    public void A_taiwan_leader_called_president_is_critical_with_the_official_form(string text, string wrong, string right)
    {
        var f = Assert.Single(Wording.Check(text, "SOVEREIGNTY"));
        Assert.Equal(wrong, text.Substring(f.Offset, f.Length));
        Assert.Equal(right, f.Replacements[0].Value);
        Assert.Equal(Severity.Critical, f.Severity);
    }

    [Theory]
    [InlineData("台湾地区领导人赖清德发表讲话。")]
    [InlineData("民进党当局所谓“总统”赖清德的言论。")]
    [InlineData("美国总统特朗普访华。")]
    [InlineData("蔡英文当局一再挑衅。")]
    [InlineData("陈建仁出席活动。")]
    public void Official_forms_and_other_presidents_pass(string text) => Assert.Empty(Wording.Check(text, "SOVEREIGNTY"));
}
