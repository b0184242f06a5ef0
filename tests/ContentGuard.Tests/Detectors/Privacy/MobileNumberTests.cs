using ContentGuard.Data;
using ContentGuard.Detectors.Privacy;

namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("18612345678")]
    [InlineData("13800138000")]
    [InlineData("14512345678")]
    [InlineData("16101234567")] // 1610x
    [InlineData("17405123456")] // 17400–17405
    [InlineData("19912345678")]
    public void IsValid_accepts_numbers_in_the_current_ranges(string digits) => Assert.True(MobileNumber.IsValid(digits));

    [Theory]
    [InlineData("12012345678")] // 12x is not a mobile range
    [InlineData("10012345678")]
    [InlineData("14012345678")]
    [InlineData("17406123456")] // just past 17405
    [InlineData("19412345678")]
    [InlineData("1861234567")] // 10 digits
    [InlineData("186123456789")] // 12 digits
    [InlineData("07518963983")] // a landline with its area code
    [InlineData("28612345678")]
    public void IsValid_rejects_other_ranges_and_lengths(string digits) => Assert.False(MobileNumber.IsValid(digits));

    [Fact]
    public void Mask_keeps_the_first_three_and_last_four_digits() => Assert.Equal("186****5678", MobileNumber.Mask("18612345678"));

    [Fact]
    public void The_range_table_expands_prefixes_of_any_length()
    {
        var table = TsvTable.Parse(new StringReader("# version: m1\nprefix\tlength\n13\t11\n17401\t11\n"), "mobile.tsv");
        var ranges = MobileRanges.Parse(table);
        Assert.True(MobileNumber.IsValid("13912345678", ranges));
        Assert.True(MobileNumber.IsValid("17401000000", ranges));
        Assert.False(MobileNumber.IsValid("17402000000", ranges));
        Assert.False(MobileNumber.IsValid("18612345678", ranges));
        Assert.Equal("m1", ranges.Version);
    }

    [Fact]
    public void The_range_table_rejects_mixed_lengths()
    {
        var table = TsvTable.Parse(new StringReader("prefix\tlength\n13\t11\n18\t12\n"), "mobile.tsv");
        Assert.Throws<FormatException>(() => MobileRanges.Parse(table));
    }
}
