using System.IO.Compression;
using ContentGuard.Detectors.Offensive;
using ContentGuard.Normalization;
using ContentGuard.Segmentation;

namespace ContentGuard.Tests.Detectors.Offensive;

public sealed class OffensiveModelTests
{
    private static readonly Normalizer Normalizer = new(CharData.TraditionalToSimplified);

    private static readonly string[] Sentences =
    [
        "那个地方的人素质低下，全是垃圾。",
        "会议将于明天上午九点在市政府召开。",
        "女人就是头发长见识短，什么都干不好。",
        "国家依法打击毒品违法犯罪活动。",
        "你这个废物，脑子被狗吃了吧！",
        "孩子们在操场上踢足球。",
    ];

    [Fact]
    public void Embedded_model_loads_with_thresholds_in_order()
    {
        Assert.True(OffensiveModel.HasEmbedded);
        var info = OffensiveModel.Embedded.Info;
        Assert.InRange(info.Threshold, 0.01, 0.99);
        Assert.InRange(info.CriticalThreshold, info.Threshold, 1.0);
        Assert.StartsWith("offensive-", info.Version, StringComparison.Ordinal);
        Assert.True(info.MinChars > 0);
    }

    [Fact]
    public void Embedded_model_loads_once()
    {
        Assert.Same(OffensiveModel.Embedded, OffensiveModel.Embedded);
    }

    [Fact]
    public void Load_reads_a_model_zip_from_a_path_with_its_thresholds()
    {
        var model = OffensiveModel.Load(FixtureModel.FlagAllPath);
        Assert.Equal(0, model.Info.Threshold);
        Assert.Equal(1, model.Info.CriticalThreshold);
        Assert.Equal(FixtureModel.FlagAllPath, model.Source);
    }

    [Fact]
    public void Train_command_stores_the_context_unit_in_the_model()
    {
        var info = OffensiveModel.Load(FixtureModel.Path).Info;
        Assert.Equal(OffensiveModelInfo.ContextUnit, info.Unit);
        Assert.Equal(100, info.ContextChars);
        Assert.Contains("--unit context --context-chars 100", info.Command, StringComparison.Ordinal);
        Assert.True(info.StripNoise);
    }

    [Fact]
    public void Model_info_without_a_unit_means_sentence_by_sentence()
    {
        var info = System.Text.Json.JsonSerializer.Deserialize<OffensiveModelInfo>("""{"threshold":0.4,"criticalThreshold":0.8}""")!;
        Assert.Equal(OffensiveModelInfo.SentenceUnit, info.Unit);
        Assert.False(info.StripNoise);
    }

    [Fact]
    public void Load_rejects_a_zip_without_thresholds()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cg-no-info-{Guid.NewGuid():N}.zip");
        try
        {
            File.Copy(FixtureModel.Path, path);
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
            {
                zip.GetEntry(OffensiveModel.InfoEntry)!.Delete();
            }

            var e = Assert.Throws<InvalidDataException>(() => OffensiveModel.Load(path));
            Assert.Contains(OffensiveModel.InfoEntry, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_of_a_missing_file_throws_file_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => OffensiveModel.Load("/no/such/model.zip"));
    }

    [Fact]
    public void Score_gives_the_same_probabilities_when_called_concurrently()
    {
        var model = OffensiveModel.Embedded;
        var expected = Sentences.Select(s => model.ScoreText(s, Normalizer, Segmenter.Shared)).ToArray();
        Assert.Contains(expected, p => p >= model.Info.Threshold);
        Assert.Contains(expected, p => p < model.Info.Threshold);

        var actual = new float[16 * 50];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
            actual[i] = model.ScoreText(Sentences[i % Sentences.Length], Normalizer, Segmenter.Shared));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % Sentences.Length], actual[i]);
        }
    }

    [Fact]
    public void Score_is_a_probability()
    {
        foreach (var s in Sentences)
        {
            Assert.InRange(OffensiveModel.Embedded.ScoreText(s, Normalizer, Segmenter.Shared), 0f, 1f);
        }
    }
}
