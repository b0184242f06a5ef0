using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ContentGuard.Text;

/// <summary>
/// Extracts the visible text of an HTML document with AngleSharp and maps every extracted char back to the HTML
/// source: entities map to the whole entity, CR LF to both chars, block elements insert a line break (an empty span),
/// and script, style, template, noscript, head (but its title) and comments are dropped. The alternative text of images
/// (the <c>alt</c> of img, area and input type=image) is published too — screen readers read it, browsers show it when
/// the image fails — and so are the page's meta description and keywords (search engines show them): each is checked
/// as a paragraph of its own at the end of the page text (in place it would split a word around the image), mapped
/// into the attribute value.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly FrozenSet<string> Hidden = FrozenSet.ToFrozenSet(
        ["script", "style", "template", "noscript", "head", "iframe", "object", "svg", "math", "select", "datalist"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] RawTextElements = ["script", "style"];

    private static readonly FrozenSet<string> Blocks = FrozenSet.ToFrozenSet(
        [
            "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl", "dt",
            "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "title", "tr", "ul",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements whose <c>alt</c> attribute is page text (input only with type=image).</summary>
    private static readonly FrozenSet<string> WithAltText = FrozenSet.ToFrozenSet(["img", "area", "input"], StringComparer.OrdinalIgnoreCase);

    public static SourceMap Extract(string html)
    {
        // HtmlParser is not documented as thread-safe: parse with a fresh parser per document.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var builder = new Builder(html);
        if (document.Head?.QuerySelector("title") is { } title)
        {
            builder.Visit(title);
            builder.Break(title);
        }

        if (document.DocumentElement is { } root)
        {
            builder.Visit(root);
        }

        // The page's description and keywords are published too (search engines show them): paragraphs after the text.
        foreach (var meta in document.QuerySelectorAll("meta[name][content]"))
        {
            if (meta.GetAttribute("name")?.Trim() is { } name
                && (name.Equals("description", StringComparison.OrdinalIgnoreCase) || name.Equals("keywords", StringComparison.OrdinalIgnoreCase)))
            {
                builder.KeepAttributeText(meta, "content", advanceCursor: false);
            }
        }

        return builder.Build();
    }

    private sealed class Builder(string source)
    {
        private readonly StringBuilder _plain = new();
        private readonly List<int> _start = [];
        private readonly List<int> _end = [];
        private readonly Dictionary<IElement, int> _resumeAfter = [];
        private readonly Dictionary<string, (int From, int At)> _closeTags = new(StringComparer.OrdinalIgnoreCase);
        private readonly List<(string Text, int[] Start, int[] End)> _attributeTexts = [];
        private int _cursor;

        /// <summary>Walks the tree in document order with an explicit stack (deeply nested HTML cannot overflow the call stack).</summary>
        public void Visit(INode root)
        {
            var stack = new Stack<(INode Node, bool Closing)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, closing) = stack.Pop();
                if (node is IText text)
                {
                    AppendText(text);
                    continue;
                }

                if (node is not IElement element)
                {
                    // Comments, doctype, processing instructions: not visible.
                    continue;
                }

                var block = Blocks.Contains(element.LocalName);
                if (closing)
                {
                    if (block)
                    {
                        Break(element);
                    }

                    if (_resumeAfter.Remove(element, out var resume))
                    {
                        _cursor = Math.Max(_cursor, resume);
                    }

                    continue;
                }

                Advance(element);
                if (element.LocalName.Equals("head", StringComparison.OrdinalIgnoreCase))
                {
                    SkipHead(element);
                    continue;
                }

                if (Hidden.Contains(element.LocalName))
                {
                    if (element.SourceReference?.Position.Index is not int at || at >= _cursor)
                    {
                        // (One that starts before the cursor has been passed already: skipping to the next closing
                        // tag of its name would jump over page text.)
                        SkipElement(element);
                    }

                    continue;
                }

                if (WithAltText.Contains(element.LocalName))
                {
                    AppendAltText(element);
                }

                if (block)
                {
                    Break(element);
                }

                stack.Push((element, true));
                // By index: AngleSharp's PreviousSibling looks the node up in its parent's list, so walking siblings
                // with it is quadratic in the number of children (a page of 80,000 images took 9 s instead of 0.2 s).
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
        }

        public void Break(IElement element)
        {
            if (_plain.Length == 0 || _plain[^1] == '\n')
            {
                return;
            }

            var at = element.SourceReference?.Position.Index is int p && p >= 0 ? Math.Min(Math.Max(p, _cursor), source.Length) : _cursor;
            _plain.Append('\n');
            _start.Add(at);
            _end.Add(at);
        }

        /// <summary>
        /// Keeps an element's non-blank <c>alt</c> text, each char mapped into the attribute value in the start tag
        /// (entities to the whole entity), for a paragraph of its own after the page text (<see cref="Build"/>): read in
        /// place it would split the word around an image (赌&lt;img alt="…"&gt;博 would no longer hold 赌博). When the
        /// value cannot be matched char by char (a tag the parser made up, or one the cursor has passed) nothing is kept:
        /// no text without its true offsets.
        /// </summary>
        private void AppendAltText(IElement element)
        {
            if (element.LocalName.Equals("input", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(element.GetAttribute("type"), "image", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            KeepAttributeText(element, "alt", advanceCursor: true);
        }

        /// <summary>
        /// Keeps the non-blank value of <paramref name="name"/> on <paramref name="element"/> for a paragraph after the page
        /// text, each char mapped into the attribute value in the start tag. <paramref name="advanceCursor"/>: the element
        /// is being walked in source order (an image in the body), so the cursor moves past its tag; a meta element of the
        /// head is read on its own and leaves the cursor alone.
        /// </summary>
        public void KeepAttributeText(IElement element, string name, bool advanceCursor)
        {
            if (element.GetAttribute(name) is not { } value || string.IsNullOrWhiteSpace(value)
                || element.SourceReference?.Position.Index is not int tag || (advanceCursor && tag < _cursor) || tag >= source.Length || source[tag] != '<'
                || FindAttribute(tag, name) is not { } attribute)
            {
                return;
            }

            var (valueStart, valueEnd, tagEnd) = attribute;
            var starts = new int[value.Length];
            var ends = new int[value.Length];
            var p = valueStart;
            for (var j = 0; j < value.Length;)
            {
                if (p >= valueEnd)
                {
                    return;
                }

                var consumed = 1;
                int end;
                if (source[p] == '&' && TryEntity(value, j, p, out var entityEnd, out var decoded) && entityEnd <= valueEnd
                    && !(source[entityEnd - 1] != ';' && source[p + 1] != '#' && entityEnd < valueEnd && (char.IsAsciiLetterOrDigit(source[entityEnd]) || source[entityEnd] == '=')))
                {
                    // (In an attribute a named reference without ';' followed by a letter, digit or '=' stays as written:
                    // alt="R&ampD" is "R&ampD", not "R&D".)
                    (consumed, end) = (decoded, entityEnd);
                }
                else if (source[p] == '\r' && value[j] == '\n')
                {
                    end = p + 1 < valueEnd && source[p + 1] == '\n' ? p + 2 : p + 1;
                }
                else if (source[p] == value[j] || (source[p] == '\0' && value[j] == '\uFFFD'))
                {
                    end = p + 1;
                }
                else
                {
                    return;
                }

                for (var k = 0; k < consumed; k++)
                {
                    starts[j + k] = p;
                    ends[j + k] = end;
                }

                j += consumed;
                p = end;
            }

            _attributeTexts.Add((value, starts, ends));
            if (advanceCursor)
            {
                _cursor = Math.Max(_cursor, tagEnd);
            }
        }

        /// <summary>
        /// The value range of the first attribute named <paramref name="name"/> in the start tag at <paramref name="tag"/>
        /// (quoted or unquoted) and the index just past the tag's '&gt;'; null when the tag has no such attribute.
        /// </summary>
        private (int ValueStart, int ValueEnd, int TagEnd)? FindAttribute(int tag, string name)
        {
            var p = tag + 1;
            while (p < source.Length && !char.IsWhiteSpace(source[p]) && source[p] is not ('>' or '/'))
            {
                p++; // the tag name
            }

            (int, int)? found = null;
            while (p < source.Length)
            {
                while (p < source.Length && (char.IsWhiteSpace(source[p]) || source[p] == '/'))
                {
                    p++;
                }

                if (p >= source.Length || source[p] == '>')
                {
                    break;
                }

                var nameStart = p;
                while (p < source.Length && !char.IsWhiteSpace(source[p]) && source[p] is not ('=' or '>' or '/'))
                {
                    p++;
                }

                var attribute = source.AsSpan(nameStart, p - nameStart);
                while (p < source.Length && char.IsWhiteSpace(source[p]))
                {
                    p++;
                }

                int valueStart = p, valueEnd = p;
                if (p < source.Length && source[p] == '=')
                {
                    p++;
                    while (p < source.Length && char.IsWhiteSpace(source[p]))
                    {
                        p++;
                    }

                    if (p < source.Length && source[p] is '"' or '\'')
                    {
                        var quote = source[p];
                        var close = source.IndexOf(quote, p + 1);
                        if (close < 0)
                        {
                            return null;
                        }

                        (valueStart, valueEnd, p) = (p + 1, close, close + 1);
                    }
                    else
                    {
                        valueStart = p;
                        while (p < source.Length && !char.IsWhiteSpace(source[p]) && source[p] != '>')
                        {
                            p++;
                        }

                        valueEnd = p;
                    }
                }

                if (found is null && attribute.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    found = (valueStart, valueEnd); // HTML keeps the first of duplicate attributes
                }
            }

            return found is { } value && p < source.Length ? (value.Item1, value.Item2, p + 1) : null;
        }

        private void AppendText(IText text)
        {
            var data = text.Data;
            if (data.Length == 0)
            {
                return;
            }

            var p = _cursor;
            for (var j = 0; j < data.Length; j++)
            {
                p = SkipMarkup(p);
                var (s, e) = MatchChar(data, j, ref p, out var consumedChars);
                for (var k = 0; k < consumedChars; k++)
                {
                    _plain.Append(data[j + k]);
                    _start.Add(s);
                    _end.Add(e);
                }

                j += consumedChars - 1;
            }

            _cursor = Math.Max(_cursor, p);
        }

        /// <summary>
        /// Moves the cursor to an element's start tag (elements are visited in source order). The exception is a table
        /// after text the parser moved out of it (foster parenting: stray text between rows or cells, such as a legacy
        /// editor's &amp;nbsp;, goes before the table): the cursor goes back to the table's start tag for its cells, and
        /// on past the moved text again after the table.
        /// </summary>
        private void Advance(IElement element)
        {
            if (element.SourceReference?.Position.Index is not int p || p > source.Length)
            {
                return;
            }

            if (p > _cursor)
            {
                _cursor = p;
            }
            else if (p < _cursor && element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                _resumeAfter[element] = _cursor;
                _cursor = p;
            }
        }

        /// <summary>
        /// Skips the head one hidden child at a time: a fragment's leading &lt;script&gt; or &lt;style&gt; goes into a head
        /// the parser implies, which has neither a start nor a closing tag to skip to. Children the cursor has passed
        /// (before the title, which is read first) are left alone.
        /// </summary>
        private void SkipHead(IElement head)
        {
            foreach (var child in head.Children)
            {
                if (Hidden.Contains(child.LocalName) && child.SourceReference?.Position.Index is int p && p >= _cursor && p < source.Length)
                {
                    _cursor = p;
                    SkipElement(child);
                }
            }
        }

        /// <summary>Moves the cursor past a hidden element's closing tag (script and style content is raw text).</summary>
        private void SkipElement(IElement element)
        {
            // Searched from just inside the element's start tag (the cursor is on it): skipping all the markup that
            // follows first made a run of 12,000 unclosed <select>s quadratic.
            var close = FindCloseTag(element.LocalName, Math.Min(_cursor + 1, source.Length));
            if (close >= 0)
            {
                _cursor = SkipMarkup(close);
            }
        }

        /// <summary>
        /// The first "&lt;/name" at or after <paramref name="from"/>. The last answer per name is remembered, so a run of
        /// unclosed hidden elements (12,000 "&lt;select&gt;"s, which the parser makes siblings) does not search to the
        /// end of the document once per element.
        /// </summary>
        private int FindCloseTag(string name, int from)
        {
            if (_closeTags.TryGetValue(name, out var known) && from >= known.From && (known.At < 0 || known.At >= from))
            {
                return known.At;
            }

            var at = source.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
            _closeTags[name] = (from, at);
            return at;
        }

        /// <summary>Skips tags (quoted attribute values may hold '&gt;') and comments at <paramref name="p"/>.</summary>
        private int SkipMarkup(int p)
        {
            while (p + 1 < source.Length && source[p] == '<' && (char.IsAsciiLetter(source[p + 1]) || source[p + 1] is '/' or '!' or '?'))
            {
                if (string.CompareOrdinal(source, p, "<!--", 0, 4) == 0)
                {
                    var close = source.IndexOf("-->", p + 4, StringComparison.Ordinal);
                    p = close < 0 ? source.Length : close + 3;
                    continue;
                }

                var quote = '\0';
                var k = p + 1;
                for (; k < source.Length; k++)
                {
                    var c = source[k];
                    if (quote != '\0')
                    {
                        if (c == quote)
                        {
                            quote = '\0';
                        }
                    }
                    else if (c is '"' or '\'' && source[k - 1] == '=' || (c is '"' or '\'' && k >= 2 && source[k - 1] is ' ' && source[k - 2] == '='))
                    {
                        quote = c;
                    }
                    else if (c == '>')
                    {
                        break;
                    }
                }

                var tagEnd = Math.Min(k + 1, source.Length);
                if (RawTextStartTag(p) is { } rawText)
                {
                    // Script and style content is raw text, never page text: a scan that meets their start tag (text the
                    // parser moved before a table that holds a script) must not match chars inside them.
                    var close = FindCloseTag(rawText, tagEnd);
                    tagEnd = close < 0 ? source.Length : close;
                }

                p = tagEnd;
            }

            return p;
        }

        /// <summary>"script" or "style" when a start tag of that name stands at <paramref name="p"/>, else null.</summary>
        private string? RawTextStartTag(int p)
        {
            foreach (var name in RawTextElements)
            {
                var end = p + 1 + name.Length;
                if (end < source.Length && string.Compare(source, p + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (source[end] is '>' or '/' || char.IsWhiteSpace(source[end])))
                {
                    return name;
                }
            }

            return null;
        }

        /// <summary>
        /// Matches data[j..] against the source at p: an entity, CR LF, or the char itself. Source white space the parser
        /// dropped (e.g. before an implied body) and markup are skipped; as a last resort the next place within 64 chars
        /// where the char or an entity for it stands is taken.
        /// </summary>
        private (int Start, int End) MatchChar(string data, int j, ref int p, out int consumed)
        {
            consumed = 1;
            var limit = Math.Min(source.Length, p + 64);
            for (var q = p; q < limit; q++)
            {
                if (q > p)
                {
                    q = SkipMarkup(q);
                    if (q >= source.Length)
                    {
                        break;
                    }
                }

                var c = source[q];
                if (c == '&' && TryEntity(data, j, q, out var entityEnd, out var decodedLength))
                {
                    consumed = decodedLength;
                    p = entityEnd;
                    return (q, entityEnd);
                }

                if (c == '\r' && data[j] == '\n')
                {
                    p = q + (q + 1 < source.Length && source[q + 1] == '\n' ? 2 : 1);
                    return (q, p);
                }

                if (c == data[j] || (data[j] == '\uFFFD' && c == '\0'))
                {
                    p = q + 1;
                    return (q, p);
                }

                if (q == p && !char.IsWhiteSpace(c) && data[j] != '\uFFFD')
                {
                    // Not white space the parser dropped: search on.
                    continue;
                }
            }

            // Nothing matched (should not happen for text the parser took from the source): an empty span, no drift.
            return (p, p);
        }

        private bool TryEntity(string data, int j, int p, out int end, out int decodedLength)
        {
            end = p;
            decodedLength = 0;
            var limit = Math.Min(source.Length, p + 40);
            var semi = -1;
            for (var k = p + 1; k < limit; k++)
            {
                var ch = source[k];
                if (ch == ';')
                {
                    semi = k;
                    break;
                }

                if (!char.IsAsciiLetterOrDigit(ch) && ch != '#')
                {
                    break;
                }
            }

            // Try the full entity with ';' first, then legacy entities without ';' (e.g. &amp or &nbsp), longest first.
            if (semi > p + 1 && Decodes(source.AsSpan(p, semi + 1 - p), data, j, out decodedLength))
            {
                end = semi + 1;
                return true;
            }

            var runEnd = p + 1;
            while (runEnd < limit && (char.IsAsciiLetterOrDigit(source[runEnd]) || source[runEnd] == '#'))
            {
                runEnd++;
            }

            // WebUtility.HtmlDecode wants the ';', so it is added; a decoding the parser did not make (it decodes only
            // the legacy names without ';') cannot equal the text it produced, so nothing false is matched.
            for (var k = runEnd; k > p + 1; k--)
            {
                if (Decodes(string.Concat(source.AsSpan(p, k - p), ";"), data, j, out decodedLength))
                {
                    end = k;
                    return true;
                }
            }

            return false;
        }

        private static bool Decodes(ReadOnlySpan<char> entity, string data, int j, out int decodedLength) =>
            Decodes(entity.ToString(), data, j, out decodedLength);

        private static bool Decodes(string entity, string data, int j, out int decodedLength)
        {
            var decoded = System.Net.WebUtility.HtmlDecode(entity);
            decodedLength = decoded.Length;
            return decoded.Length > 0 && !decoded.Equals(entity, StringComparison.Ordinal) && string.CompareOrdinal(data, j, decoded, 0, decoded.Length) == 0;
        }

        public SourceMap Build()
        {
            foreach (var (alt, starts, ends) in _attributeTexts)
            {
                if (_plain.Length > 0 && _plain[^1] != '\n')
                {
                    _plain.Append('\n');
                    _start.Add(starts[0]);
                    _end.Add(starts[0]);
                }

                for (var j = 0; j < alt.Length; j++)
                {
                    _plain.Append(alt[j]);
                    _start.Add(starts[j]);
                    _end.Add(ends[j]);
                }
            }

            while (_plain.Length > 0 && _plain[^1] == '\n' && _start[^1] == _end[^1])
            {
                _plain.Length--;
                _start.RemoveAt(_start.Count - 1);
                _end.RemoveAt(_end.Count - 1);
            }

            return SourceMap.Create(source, _plain.ToString(), [.. _start], [.. _end]);
        }
    }
}
