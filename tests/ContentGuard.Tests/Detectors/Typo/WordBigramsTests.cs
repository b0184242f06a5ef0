using ContentGuard.Detectors.Typo;

namespace ContentGuard.Tests.Detectors.Typo;

public sealed class WordBigramsTests
{
    [Theory]
    [InlineData("我", "的", 1181)]
    [InlineData("因为", "他", 59)]
    [InlineData("教室", "里", 28)]
    [InlineData("可以", "坐", 5)]
    public void Frequency_matches_the_SmartCn_dictionary_for_pairs_it_holds(string first, string second, int expected)
    {
        Assert.Equal(expected, WordBigrams.Shared.Frequency(first, second));
    }

    [Theory]
    [InlineData("里", "拜")]
    [InlineData("可以", "座")]
    [InlineData("应为", "他")]
    [InlineData("中", "a")]
    [InlineData("", "")]
    public void Frequency_is_zero_for_pairs_never_seen(string first, string second)
    {
        Assert.Equal(0, WordBigrams.Shared.Frequency(first, second));
    }

    [Fact]
    public void Shared_table_holds_hundreds_of_thousands_of_pairs()
    {
        Assert.InRange(WordBigrams.Shared.Count, 200_000, 402_137);
    }

    [Fact]
    public void Version_names_the_package_version_and_the_pair_count()
    {
        Assert.Matches(@"^Lucene\.Net\.Analysis\.SmartCn 4\.8\.0-beta\d+ bigramdict \(\d+ pairs\)$", WordBigrams.Shared.Version);
    }

    [Fact]
    public void Load_rejects_a_stream_of_the_wrong_shape()
    {
        using var stream = new MemoryStream(BitConverter.GetBytes(7));
        Assert.Throws<InvalidDataException>(() => WordBigrams.Load(stream));
    }
}
