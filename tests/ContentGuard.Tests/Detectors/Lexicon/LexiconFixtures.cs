using System.Text;
using ContentGuard.Data;
using ContentGuard.Detectors.Lexicon;
using ContentGuard.Normalization;

namespace ContentGuard.Tests.Detectors.Lexicon;

/// <summary>Small lexicons the tests own (the shipped ones change as they are curated).</summary>
internal static class LexiconFixtures
{
    public const string Terms = """
        # source: test fixture
        # version: test-1
        term	category	severity	replacements	note	rule	tags	allow
        赌博	SENSITIVE	major		涉赌内容	TEST_GAMBLING	gambling	
        网络赌博	SENSITIVE	critical		涉赌内容	TEST_GAMBLING	gambling	
        色情网站	SENSITIVE	critical		涉黄内容		porn	
        冰毒	SENSITIVE	major		涉毒内容	TEST_DRUGS	drugs	
        毒品	SENSITIVE	major		涉毒内容	TEST_DRUGS	drugs	
        出售冰毒	SENSITIVE	critical		涉毒内容	TEST_DRUGS	drugs	
        他妈	SENSITIVE	major		粗俗用语	TEST_VULGAR		
        性交	SENSITIVE	major		涉黄内容		porn	
        av	SENSITIVE	major		涉黄内容		porn	
        最佳	ADVERTISING	minor	较好	《广告法》禁用绝对化用语			
        总统	SOVEREIGNTY	critical		涉台表述	TEST_SOVEREIGNTY		美国总统|法国总统
        领导	BANNED_TERM	major	负责人	禁用称谓			
        """;

    public const string Allow = """
        # version: allow-test-1
        term
        他妈妈
        打击色情网站
        """;

    public const string Context = """
        # version: context-test-1
        cue	effect	window	note
        禁毒	lower	40	禁毒宣传
        """;

    public static TsvTable Table(string text, string name) => TsvTable.Parse(new StringReader(text), name);

    public static LexiconDetector Detector(params TsvTable[] tables) =>
        LexiconDetector.FromTables(tables, new Normalizer(CharData.TraditionalToSimplified));

    /// <summary>An engine with only the lexicon detector over the fixtures.</summary>
    public static ContentChecker Engine(bool allow = true, bool context = true)
    {
        var tables = new List<TsvTable> { Table(Terms, "test.lex.tsv") };
        if (allow)
        {
            tables.Add(Table(Allow, "test.allow.tsv"));
        }

        if (context)
        {
            tables.Add(Table(Context, "context.tsv"));
        }

        return new ContentCheckerBuilder().AddDetector(Detector([.. tables])).Build();
    }

    public static readonly Lazy<ContentChecker> Default = new(() => Engine());

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
