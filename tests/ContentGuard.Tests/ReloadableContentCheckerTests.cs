namespace ContentGuard.Tests;

public sealed class ReloadableContentCheckerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cg-reload-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Lexicon(int version, bool withSecondTerm) =>
        $"# version: v{version}\nterm\tcategory\tseverity\trule\n甲乙丙\tSENSITIVE\tmajor\tRELOAD_A\n" +
        (withSecondTerm ? "丁戊己\tSENSITIVE\tmajor\tRELOAD_B\n" : string.Empty);

    [Fact]
    public void Reload_swaps_in_a_new_engine_built_from_the_changed_file()
    {
        var path = Path.Combine(_dir, "site.lex.tsv");
        File.WriteAllText(path, Lexicon(1, withSecondTerm: false));
        var checker = new ReloadableContentChecker(new ContentCheckerBuilder().UseDefaults().AddLexicon(path));
        var before = checker.Current;
        Assert.DoesNotContain(checker.Check("丁戊己。").Matches, m => m.Rule.Id == "RELOAD_B");

        File.WriteAllText(path, Lexicon(2, withSecondTerm: true));
        var after = checker.Reload();
        Assert.NotSame(before, after);
        Assert.Same(after, checker.Current);
        Assert.Equal(1, checker.Generation);
        Assert.Contains(checker.Check("丁戊己。").Matches, m => m.Rule.Id == "RELOAD_B");
        Assert.Equal("v2", checker.Current.Software.Data["site.lex.tsv"]);
        Assert.DoesNotContain(before.Check("丁戊己。").Matches, m => m.Rule.Id == "RELOAD_B");
    }

    [Fact]
    public void A_failed_reload_keeps_the_current_engine()
    {
        var path = Path.Combine(_dir, "site.lex.tsv");
        File.WriteAllText(path, Lexicon(1, withSecondTerm: false));
        var checker = new ReloadableContentChecker(new ContentCheckerBuilder().UseDefaults().AddLexicon(path));
        var before = checker.Current;
        File.WriteAllText(path, "term\tcategory\tseverity\n甲乙丙\tNOPE\tmajor\n");
        Assert.Throws<FormatException>(() => checker.Reload());
        Assert.Same(before, checker.Current);
    }

    [Fact]
    public async Task Checks_running_during_reloads_never_fail_or_see_a_torn_engine()
    {
        var path = Path.Combine(_dir, "site.lex.tsv");
        File.WriteAllText(path, Lexicon(1, withSecondTerm: false));
        var checker = new ReloadableContentChecker(new ContentCheckerBuilder().UseDefaults().AddLexicon(path));
        const string text = "甲乙丙和丁戊己。";
        var stop = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var checks = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (Volatile.Read(ref stop) == 0 || Volatile.Read(ref checks) < 20)
            {
                try
                {
                    var engine = checker.Current;
                    var ids = engine.Check(text).Matches.Select(m => m.Rule.Id).Where(id => id.StartsWith("RELOAD_", StringComparison.Ordinal)).Order().ToArray();
                    var version = engine.Software.Data["site.lex.tsv"];
                    var expectB = version is "v2" or "v4" or "v6" or "v8" or "v10";
                    var expected = expectB ? new[] { "RELOAD_A", "RELOAD_B" } : ["RELOAD_A"];
                    if (!ids.SequenceEqual(expected))
                    {
                        failures.Enqueue($"{version}: {string.Join(',', ids)}");
                    }

                    Interlocked.Increment(ref checks);
                }
                catch (Exception e)
                {
                    failures.Enqueue(e.ToString());
                    return;
                }
            }
        })).ToArray();

        for (var v = 2; v <= 10; v++)
        {
            File.WriteAllText(path, Lexicon(v, withSecondTerm: v % 2 == 0));
            checker.Reload();
        }

        Volatile.Write(ref stop, 1);
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.Equal(9, checker.Generation);
        Assert.True(checks >= 20);
    }
}
