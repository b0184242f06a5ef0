namespace ContentGuard.Lexicon;

/// <summary>One row of a term lexicon (<c>*.lex.tsv</c>).</summary>
/// <param name="Term">The term as written in the file.</param>
/// <param name="Rule">The rule it reports under (the <c>rule</c> column, else <c>LEX_&lt;category&gt;</c>).</param>
/// <param name="Severity">Its severity.</param>
/// <param name="Replacements">Suggested replacements, best first.</param>
/// <param name="Note">The Chinese message for the editor, or empty.</param>
/// <param name="Tags">Subcategory tags (drugs, porn…).</param>
/// <param name="Allow">Longer strings containing the term that make a hit fine (the <c>allow</c> column).</param>
/// <param name="Source">The file it came from.</param>
internal sealed record LexiconEntry(
    string Term,
    RuleDescriptor Rule,
    Severity Severity,
    string[] Replacements,
    string Note,
    string[] Tags,
    string[] Allow,
    string Source)
{
    public Category Category => Rule.Category;
}
