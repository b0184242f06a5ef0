using ContentGuard.Data;
using ContentGuard.Detectors.Privacy;

namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class ResidentIdTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("11010519491231002X")] // GB 11643-1999 worked example
    [InlineData("11010519491231002x")]
    [InlineData("110101199003071233")]
    [InlineData("441900198512120013")] // 东莞市: a prefecture without counties
    [InlineData("110104198001011231")] // 宣武区, retired 2010: still on cards, its prefecture 1101 exists
    [InlineData("110105491231002")] // the old 15-digit form, born 1949-12-31
    public void IsValid_accepts_numbers_with_a_valid_check_date_and_region(string value) =>
        Assert.True(ResidentId.IsValid(value, Today));

    [Theory]
    [InlineData("110101199003071234")] // check character wrong
    [InlineData("110105194912310021")] // X replaced by a digit
    [InlineData("110101199902301231")] // 30 February
    [InlineData("110101199013071231")] // month 13
    [InlineData("110101189912311231")] // before 1900
    [InlineData("990101199003071237")] // no such region
    [InlineData("110199491231002")] // 15-digit: county 110199 does not exist
    [InlineData("110104491231002")] // 15-digit: the exact county code is required (no check character)
    [InlineData("110105491331002")] // 15-digit: month 13
    [InlineData("1101051949123100X")] // 17 characters
    [InlineData("11010519491231002Y")]
    [InlineData("")]
    public void IsValid_rejects_wrong_checks_dates_regions_and_lengths(string value) =>
        Assert.False(ResidentId.IsValid(value, Today));

    [Fact]
    public void IsValid_rejects_a_birth_date_after_the_document_date()
    {
        Assert.True(ResidentId.IsValid("110101202611271233", Today));
        Assert.False(ResidentId.IsValid("110101202611271233", Today.AddDays(-1)));
        Assert.False(ResidentId.IsValid("110101202612011230", Today));
    }

    [Fact]
    public void CheckChar_follows_iso_7064_mod_11_2() => Assert.Equal('X', ResidentId.CheckChar("11010519491231002"));

    [Theory]
    [InlineData("11010519491231002x", "110105********002X")]
    [InlineData("110101199003071233", "110101********1233")]
    [InlineData("110105491231002", "110105******002")]
    public void Mask_keeps_the_region_and_the_last_characters(string value, string masked) =>
        Assert.Equal(masked, ResidentId.Mask(value));

    [Fact]
    public void The_region_table_parses_prefectures_and_counties()
    {
        var table = TsvTable.Parse(new StringReader("# version: t1\nprefecture\tcounties\n1101\t01|02\n4419\t00\n"), "regions.tsv");
        var regions = RegionCodes.Parse(table);
        Assert.True(regions.IsCounty(110102));
        Assert.False(regions.IsCounty(110103));
        Assert.True(regions.IsPrefecture(4419));
        Assert.False(regions.IsPrefecture(1102));
        Assert.Equal("t1", regions.Version);
        Assert.True(ResidentId.IsValid("441900198512120013", Today, regions));
        Assert.False(ResidentId.IsValid("110105194912310021", Today, regions));
    }

    [Fact]
    public void The_shipped_region_table_has_every_province_and_the_residence_permit_codes()
    {
        var regions = RegionCodes.Default;
        Assert.True(regions.CountyCount > 2900);
        foreach (var province in new[] { 11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65 })
        {
            Assert.True(regions.IsPrefecture((province * 100) + 1) || regions.IsPrefecture((province * 100) + 2), $"province {province}");
        }

        Assert.True(regions.IsCounty(810000) && regions.IsCounty(820000) && regions.IsCounty(830000));
    }

    [Fact]
    public void The_region_table_rejects_a_malformed_code()
    {
        var table = TsvTable.Parse(new StringReader("prefecture\tcounties\n110\t01\n"), "bad.tsv");
        Assert.Throws<FormatException>(() => RegionCodes.Parse(table));
    }
}
