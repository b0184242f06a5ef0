using ContentGuard.Detectors.Privacy;

namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class SocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // GB 32100-2015 worked example
    [InlineData("91350100m000100y43")] // the normalized text is lower case
    [InlineData("110105199307188524")] // all digits (also a valid resident ID number)
    public void IsValid_accepts_codes_with_both_check_characters(string value) => Assert.True(SocialCreditCode.IsValid(value));

    [Theory]
    [InlineData("91350100M000100Y44")] // mod-31 check character wrong
    [InlineData("91350100M000100Z43")] // Z is not in the character set
    [InlineData("91350100M00010")] // too short
    [InlineData("91350100I000100Y43")] // I is not in the character set
    public void IsValid_rejects_wrong_check_characters_and_charset(string value) => Assert.False(SocialCreditCode.IsValid(value));

    [Fact]
    public void The_organisation_code_inside_must_be_valid()
    {
        // The same first 17 characters with a broken organisation code, and the mod-31 check recomputed.
        const string body = "91350100M000101Y4";
        var value = body + SocialCreditCode.CheckChar(body);
        Assert.False(SocialCreditCode.IsOrganisationCode(value.AsSpan(8, 9)));
        Assert.False(SocialCreditCode.IsValid(value));
    }

    [Fact]
    public void CheckChar_matches_the_worked_example() => Assert.Equal('3', SocialCreditCode.CheckChar("91350100M000100Y4"));
}
