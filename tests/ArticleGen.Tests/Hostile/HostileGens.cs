using ArticleGen.Tests.Constructs;
using CsCheck;

namespace ArticleGen.Tests.Hostile;

/// <summary>
/// CsCheck generators of records for every layout. Text is made of tokens: ordinary words (ASCII, CJK, Hangul,
/// characters beyond the BMP, combining marks) and, with a chance set per record, the layouts' own punctuation
/// and line structure (" -- ", ", ", " (", ")", line breaks, blank lines, "- ", "(END)", "___", indents, "\r",
/// U+FEFF, ...) and rarely a lone surrogate. Each record draws one hostility level, so that a good share of
/// records is writable while the rest pile up punctuation where it hurts.
/// </summary>
internal static class HostileGens
{
    internal static readonly string[] Words =
    [
        "a", "x", "Z", "0", "42", "2024", "said", "the", "port", "SEOUL", "Busan", "rice", "won,", "Oct.", "e.g.",
        "서울", "부산항", "연합뉴스", "北京", "日本語", "中文", "😀", "𝄞", "𠀀", "🇰🇷", "👩‍👩‍👧", "é", "ß", "İ", "e\u0301", "ﬁ", "Ω",
        "\u200B", "\u00A0", "Ä", "\"quoted\"", "'", "%", "$", "&", "#",
    ];

    private static readonly string[] Glue = [" ", " ", " ", " ", ".", ",", ";", "-", "  "];

    /// <summary>The layouts' own literals and line structure.</summary>
    internal static readonly string[] Punctuation =
    [
        " -- ", "--", ", ", " (", ")", "(", ") ", "\n", "\n", "\n\n", "\n\n\n", "\n\n\n\n", "- ", "\n- ", "-- end", "\n-- end", "(END)", "\n\n(END)",
        "___", "\n\n___\n\n", "   ", "\n   ", "\n ", " ", "\r", "\r\n", "\uFEFF", " — ", " (AP) — ", " (Reuters) - ", "\n (Reporting by ",
        ": ", ":", "> ", "\n> ", "[", "]", "{", "}", "{{", "}}", " | updated ", " by ", ".\n\n", ".", "\t", "\0", "\nBy ", "By ",
        "\nend", "\ncount ", "\n\nquotes\n> ", "\n\nkeywords\n", "TAGS\n", "\u2028", "\u0085", "\u001B", "] {", ")\n\n", " / ",
        " (ATTN: ", "Byline: ", "#", " filed ", " words, score ", "\npublished_at: ", "\n(END)", "</PLACES>", " (final)", "<D>", "</D>", "</D><D>", "\n-- by ", "</NOTE>", "</NOTE", "\n</TEXT>", "\n</TEXT>\n</DOC>",
        "BRIEF ", "STORY ", "\n>>> ", ">>> ", "TOP ", "\nALSO ",
    ];

    internal static readonly string[] LoneSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF"];

    private static readonly Gen<string> Word = Gen.OneOf(Words);
    private static readonly Gen<string> GlueToken = Gen.OneOf(Glue);
    private static readonly Gen<string> Hostile = Gen.OneOf(Punctuation);
    private static readonly Gen<string> Broken = Gen.OneOf(LoneSurrogates);

    /// <summary>Per-mille chance that a token is punctuation, and that it is a lone surrogate, by hostility level.</summary>
    private static readonly (int Punctuation, int Surrogate)[] Levels = [(0, 0), (40, 0), (150, 3), (400, 10)];

    private static readonly Gen<string>[] Tokens = Levels.Select(TokenAt).ToArray();

    private static Gen<string> TokenAt((int Punctuation, int Surrogate) level)
    {
        var choices = new List<(int, IGen<string>)> { (1000 - level.Punctuation - level.Surrogate, Gen.Frequency((3, Word), (2, GlueToken))) };
        if (level.Punctuation > 0)
        {
            choices.Add((level.Punctuation, Hostile));
        }

        if (level.Surrogate > 0)
        {
            choices.Add((level.Surrogate, Broken));
        }

        return Gen.Frequency(choices.ToArray());
    }

    /// <summary>The hostility of one record: 0 (none) to 3 (a punctuation storm).</summary>
    public static readonly Gen<int> Level = Gen.Frequency((45, Gen.Const(0)), (30, Gen.Const(1)), (15, Gen.Const(2)), (10, Gen.Const(3)));

    /// <summary>Text of up to <paramref name="maxTokens"/> tokens (rarely up to 20 times as many).</summary>
    public static Gen<string> Text(int level, int maxTokens = 10)
        => Gen.Frequency((19, Tokens[level].Array[0, maxTokens]), (1, Tokens[level].Array[0, maxTokens * 20]))
            .Select(parts => string.Concat(parts));

    /// <summary>Text of one to <paramref name="maxTokens"/> tokens (a tenth of the time possibly empty).</summary>
    public static Gen<string> NonEmptyText(int level, int maxTokens = 10)
        => Gen.Frequency((9, Tokens[level].Array[1, maxTokens].Select(parts => string.Concat(parts))), (1, Text(level, maxTokens)));

    /// <summary>Text that is present or null, about a third of the time null.</summary>
    public static Gen<string?> Optional(int level, int maxTokens = 10) => Text(level, maxTokens).Null(0.35);

    /// <summary>A list: often empty or short, sometimes long.</summary>
    public static Gen<T[]> List<T>(Gen<T> item, int max = 6)
        => Gen.Frequency((2, item.Array[0, 0]), (10, item.Array[1, max]), (1, item.Array[max, 60]));

    /// <summary>Text as ReadOnlyMemory&lt;char&gt;, often a slice out of the middle of a longer string.</summary>
    public static Gen<ReadOnlyMemory<char>> Memory(int level, int maxTokens = 10)
        => Gen.Select(Text(level, maxTokens), Gen.Bool, (text, slice) => slice ? ("<<" + text + ">>").AsMemory(2, text.Length) : text.AsMemory());

    /// <summary>One generator that draws the level, then a record at that level.</summary>
    private static Gen<T> ByLevel<T>(Func<int, Gen<T>> record)
    {
        Gen<T>[] byLevel = [record(0), record(1), record(2), record(3)];
        return Level.SelectMany(level => byLevel[level]);
    }

    public static readonly Gen<Dateline> Dateline = ByLevel(DatelineAt);

    private static Gen<Dateline> DatelineAt(int l) => Gen.Select(Text(l, 4), Text(l, 4), Text(l, 3), (city, date, agency) => new Dateline(city, date, agency));

    public static readonly Gen<YonhapStory> Yonhap = ByLevel(l =>
        Gen.Select(Gen.DateOnly, Optional(l, 8), DatelineAt(l), Text(l, 30), List(Text(l, 30)), Optional(l, 20),
            (date, attention, dateline, lead, body, photo) => new YonhapStory(date, attention, dateline, lead, body, photo)));

    /// <summary>
    /// <see cref="Yonhap"/> with UTF-8 members: each value's UTF-8, often a slice out of the middle of a longer
    /// array, and now and then with a byte that is not UTF-8 (which Format must refuse).
    /// </summary>
    public static readonly Gen<YonhapBytes> YonhapBytes = Gen.Select(Yonhap, Gen.Int[0, 3], Gen.Int[0, 40], (s, slice, broken) =>
    {
        int value = 0;
        ReadOnlyMemory<byte> Bytes(string text)
        {
            byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(text);
            if (broken == 0 && value++ == 0)
            {
                utf8 = [.. utf8, 0xFF];
            }

            return slice == 0 ? new ReadOnlyMemory<byte>([0x41, .. utf8, 0x42], 1, utf8.Length) : utf8;
        }

        ReadOnlyMemory<byte>? Optional(string? text) => text is null ? null : Bytes(text);
        return new YonhapBytes(
            s.Date,
            Optional(s.Attention),
            new DatelineBytes(Bytes(s.Dateline.City), Bytes(s.Dateline.Date), Bytes(s.Dateline.Agency)),
            Bytes(s.Lead),
            [.. s.Body.Select(Bytes)],
            Optional(s.PhotoCaption));
    });

    public static readonly Gen<ApStory> Ap = ByLevel(l =>
        Gen.Select(Text(l, 8), Text(l, 4), Text(l, 4), Text(l, 30), List(Text(l, 30)), Optional(l, 12),
            (headline, byline, dateline, lead, body, contributors) => new ApStory(headline, byline, dateline, lead, body, contributors)));

    public static readonly Gen<FeedStory> Feed = ByLevel(l =>
        Gen.Select(Text(l, 4), Text(l, 8), Text(l, 3), Text(l, 3), Text(l, 30), Gen.Select(List(Text(l, 30)), Text(l, 6), (body, credits) => (body, credits)),
            (slug, headline, city, date, lead, rest) => new FeedStory(slug, headline, city, date, lead, rest.body, rest.credits)));

    public static readonly Gen<Byline> Byline = ByLevel(l => Gen.Select(Text(l, 6), Text(l, 6), (author, desk) => new Byline(author, desk)));

    /// <summary>Slugline: D4 numbers, minutes-only dates (sometimes with seconds, which the format cannot keep), N0 words, any double.</summary>
    public static readonly Gen<Slugline> Slugline =
        Gen.Select(
            Gen.Frequency((3, Gen.Int[0, 9999]), (1, Gen.Int)),
            Gen.Select(Gen.DateTime, Gen.Int[0, 9], (time, seconds) => seconds == 0 ? time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond)) : new DateTime(time.Ticks - (time.Ticks % TimeSpan.TicksPerMinute), time.Kind)),
            Gen.Frequency((3, Gen.Int[0, 1_000_000]), (1, Gen.Int)),
            Gen.Frequency((3, Gen.Double[-1e6, 1e6]), (1, Gen.Double), (1, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, double.Epsilon, double.MaxValue))),
            (number, filed, words, score) => new Slugline(number, filed, words, score));

    public static readonly Gen<AllTypes> AllTypes = ByLevel(l =>
        Gen.Select(
            Gen.Select(Gen.Long, Gen.Decimal, Gen.Bool, Gen.Frequency((5, Gen.Enum<Priority>()), (1, Gen.Int[-3, 10].Select(i => (Priority)i))), (a, b, c, d) => (a, b, c, d)),
            Gen.DateOnly,
            Gen.TimeOnly,
            Gen.Select(Gen.DateTime, Gen.Int[-14 * 60, 14 * 60], (time, offset) => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.FromMinutes(offset))),
            Gen.Guid,
            Memory(l, 8),
            Gen.Select(Gen.Byte, Gen.Int.Nullable(0.4), (small, count) => (small, count)),
            (first, day, time, stamp, id, memory, last) => new AllTypes(first.a, first.b, first.c, first.d, day, time, stamp, id, memory, last.small, last.count)));

    public static readonly Gen<TagLines> TagLines = ByLevel(l =>
        Gen.Select(List(NonEmptyText(l, 3), 10), Text(l, 12), (tags, note) => new TagLines([.. tags], note)));

    public static readonly Gen<Corrections> Corrections = ByLevel(l => List(Text(l, 12), 8).Select(items => new Corrections(items)));

    public static readonly Gen<Quote> Quote = ByLevel(QuoteAt);

    private static Gen<Quote> QuoteAt(int l) => Gen.Select(Text(l, 3), Text(l, 10), (speaker, text) => new Quote(speaker, text));

    public static readonly Gen<Lists> Lists = ByLevel(l =>
        Gen.Select(
            List(Gen.Frequency((3, Gen.Int[-1000, 1000]), (1, Gen.Int))),
            List(QuoteAt(l)),
            List(NonEmptyText(l, 3), 8),
            (scores, quotes, keywords) => new Lists(scores, quotes, [.. keywords])));

    public static readonly Gen<Optionals> Optionals = ByLevel(l =>
        Gen.Select(Text(l, 6), Optional(l, 6), Gen.Frequency((10, Gen.Const((Updated: (string?)null, Editor: (string?)null))), (20, Gen.Select(Text(l, 3), Optional(l, 3), (u, e) => ((string?)u, e))), (1, Text(l, 3).Select(e => ((string?)null, (string?)e)))), Text(l, 20),
            (headline, subhead, updated, text) => new Optionals { Headline = headline, Subhead = subhead, Updated = updated.Item1, Editor = updated.Item2, Text = text }));

    public static readonly Gen<Escapes> Escapes = ByLevel(l => Gen.Select(Text(l, 4), Text(l, 4), (code, name) => new Escapes(code, name)));

    public static readonly Gen<CrlfLayout> Crlf = ByLevel(l => Gen.Select(Text(l, 6), Text(l, 20), (title, text) => new CrlfLayout(title, text)));

    public static readonly Gen<HardWrapped> HardWrapped = ByLevel(l => Gen.Select(Text(l, 20), Text(l, 20), (lead, rest) => new HardWrapped(lead, rest)));

    public static readonly Gen<Envelope> Envelope = ByLevel(l => Gen.Select(Text(l, 8), Text(l, 6), Text(l, 20), (note, dateline, text) => new Envelope(note, dateline, text)));

    public static readonly Gen<CrawledPage> CrawledPage = ByLevel(l => Gen.Select(Text(l, 8), List(Text(l, 4)), Text(l, 4), (title, authors, published) => new CrawledPage(title, authors, published)));

    public static readonly Gen<SignedStory> SignedStory = ByLevel(l => Gen.Select(Text(l, 8), List(Text(l, 20)), Text(l, 3), (headline, body, email) => new SignedStory(headline, body, email)));

    public static readonly Gen<EditorNotes> EditorNotes = ByLevel(l => Gen.Select(Text(l, 2), List(Text(l, 20)), Text(l, 3), (count, items, editor) => new EditorNotes(count, items, editor)));

    public static readonly Gen<TaggedItem> TaggedItem = ByLevel(l => Gen.Select(List(Text(l, 3)), List(Gen.Int[-1000, 1000]).Select(a => a), Text(l, 20), (places, scores, text) => new TaggedItem(places, scores, text)));

    public static readonly Gen<SgmlTags> SgmlTags = ByLevel(l => Gen.Select(List(Text(l, 3)), List(Text(l, 3)), Text(l, 20), (topics, places, text) => new SgmlTags(topics, places, text)));

    /// <summary>A feed item: one of its three variants, each as hostile as the rest of the record.</summary>
    private static Gen<FeedItem> FeedItemAt(int l) => Gen.OneOf(
        Gen.Select(Text(l, 3), Text(l, 8), List(Text(l, 20)), (slug, headline, body) => (FeedItem)new FullStory(slug, headline, body)),
        Gen.Select(Text(l, 3), Text(l, 12), (slug, text) => (FeedItem)new Brief(slug, text)),
        Gen.Select(Text(l, 12), Text(l, 3), (text, credit) => (FeedItem)new FreeText(text, credit)));

    public static readonly Gen<FeedItem> FeedItem = ByLevel(FeedItemAt);

    public static readonly Gen<WireFeed> WireFeed = ByLevel(l => Gen.Select(Text(l, 3), List(FeedItemAt(l)), (desk, items) => new WireFeed(desk, items)));

    public static readonly Gen<FrontPage> FrontPage = ByLevel(l => Gen.Select(FeedItemAt(l), FeedItemAt(l).Null(0.35), (top, also) => new FrontPage(top, also)));

    public static readonly Gen<MemoryStory> MemoryStory = ByLevel(l =>
        Gen.Select(Memory(l, 8), List(Memory(l, 25)), (title, paragraphs) => new MemoryStory(title, paragraphs)));
}
