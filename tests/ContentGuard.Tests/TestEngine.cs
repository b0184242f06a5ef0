namespace ContentGuard.Tests;

/// <summary>One default engine for the whole test run (building it loads jieba and every table).</summary>
internal static class TestEngine
{
    private static readonly Lazy<ContentChecker> LazyDefault = new(() => new ContentCheckerBuilder().UseDefaults().Build());

    public static ContentChecker Default => LazyDefault.Value;
}
