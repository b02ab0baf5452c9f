using System.Collections.Immutable;
using ArticleGen;

namespace ArticleGen.Tests.Constructs;

// One small layout per construct of the layout language, and a few that combine them.

/// <summary>Literals and plain captures on one line (an inline fragment).</summary>
[ArticleLayout("Byline: {Author} / {Desk}")]
public partial record Byline(string Author, string Desk);

/// <summary>{Member:format}: numbers and dates with formats, invariant culture.</summary>
/// <remarks>A DateTime written to the minute loses its seconds (ARTG026); here that is the point, so the warning is suppressed.</remarks>
#pragma warning disable ARTG026
[ArticleLayout("#{Number:D4} filed {Filed:yyyy-MM-dd HH:mm} ({Words:N0} words, score {Score})")]
#pragma warning restore ARTG026
public partial record Slugline(int Number, DateTime Filed, int Words, double Score);

/// <summary>Every supported member type in one layout, one per line.</summary>
[ArticleLayout("""
    long {Long}
    decimal {Money}
    bool {Flag}
    enum {Priority}
    date {Day}
    time {Time}
    offset {Stamp}
    guid {Id}
    memory {Memory}
    byte {Small}
    [count {Count}
    ]end
    """)]
public partial record AllTypes(long Long, decimal Money, bool Flag, Priority Priority, DateOnly Day, TimeOnly Time, DateTimeOffset Stamp, Guid Id, ReadOnlyMemory<char> Memory, byte Small, int? Count);

public enum Priority
{
    Routine,
    Urgent,
    Flash,
}

/// <summary>A list alone on its line repeats the line: items are lines.</summary>
[ArticleLayout("""
    TAGS
    {Tags...}

    {Note}
    """)]
public partial record TagLines(List<string> Tags, string Note);

/// <summary>A list after literal text on its line: every item starts with that text.</summary>
[ArticleLayout("""
    Corrections:
    - {Items...}
    -- end
    """)]
public partial record Corrections(string[] Items);

/// <summary>A list of numbers, of nested layouts, and an ImmutableArray.</summary>
[ArticleLayout("""
    scores
    {Scores...}

    quotes
    > {Quotes...}

    keywords
    {Keywords...}
    """)]
public partial record Lists(IReadOnlyList<int> Scores, IReadOnlyList<Quote> Quotes, ImmutableArray<string> Keywords);

[ArticleLayout("{Speaker}: {Text}")]
public partial record Quote(string Speaker, string Text);

/// <summary>Optional groups, one inside another (']]' is an escaped bracket, so a group cannot close right where its parent does), and properties set by init rather than the constructor.</summary>
[ArticleLayout("""
    {Headline}[
    {Subhead}][ | updated {Updated}[ by {Editor}].]

    {Text}
    """)]
public partial record Optionals
{
    public required string Headline { get; init; }

    public string? Subhead { get; init; }

    public string? Updated { get; init; }

    public string? Editor { get; init; }

    public required string Text { get; init; }
}

/// <summary>Escapes: braces and brackets that are text.</summary>
[ArticleLayout("{{code}} [[{Code}]] {{{Name}}}")]
public partial record Escapes(string Code, string Name);

/// <summary>A layout written with CRLF line breaks reads like the same layout with LF.</summary>
[ArticleLayout("TITLE: {Title}\r\n\r\n{Text}\r\n")]
public partial record CrlfLayout(string Title, string Text);

/// <summary>A lead followed by a line break and an indent takes hard-wrapped lines up to the next indented line.</summary>
[ArticleLayout("""
       {Lead}
       {Rest}
    """)]
public partial record HardWrapped(string Lead, string Rest);

/// <summary>Zero-copy members.</summary>
[ArticleLayout("""
    {Title}

    {Paragraphs...}
    """)]
public partial record MemoryStory(ReadOnlyMemory<char> Title, IReadOnlyList<ReadOnlyMemory<char>> Paragraphs);

/// <summary>Zero-copy UTF-8 members: slices of a ReadOnlyMemory&lt;byte&gt; input, copies from anything else.</summary>
[ArticleLayout("""
    {Title}[ ({Note})]

    {Paragraphs...}
    """)]
public partial record ByteStory(ReadOnlyMemory<byte> Title, ReadOnlyMemory<byte>? Note, IReadOnlyList<ReadOnlyMemory<byte>> Paragraphs);

/// <summary>UTF-8 members in every list shape.</summary>
[ArticleLayout("""
    {Head}

    {Items...}
    """)]
public partial record ByteArrayItems(ReadOnlyMemory<byte> Head, ReadOnlyMemory<byte>[] Items);

[ArticleLayout("""
    {Head}

    {Items...}
    """)]
public partial record ByteListItems(ReadOnlyMemory<byte> Head, List<ReadOnlyMemory<byte>> Items);

[ArticleLayout("""
    {Head}

    {Items...}
    """)]
public partial record ByteImmutableItems(ReadOnlyMemory<byte> Head, ImmutableArray<ReadOnlyMemory<byte>> Items);

/// <summary>A layout that holds UTF-8 members only through a nested one: the backing reaches them.</summary>
[ArticleLayout("""
    TITLE: {Title}

    {Story}
    """)]
public partial record ByteOuter(string Title, ByteInner Story);

[ArticleLayout("{Who} said {What}")]
public partial record ByteInner(ReadOnlyMemory<byte> Who, ReadOnlyMemory<byte> What);

/// <summary>{Member~}: captures that run across lines although the text that closes them stands on their own line.</summary>
[ArticleLayout("""
    <DOC>
    <NOTE>{Note~}</NOTE>
    <DATELINE>{Dateline~}</DATELINE>
    <TEXT>
    {Text}
    </TEXT>
    </DOC>
    """)]
public partial record Envelope(string Note, string Dateline, string Text);

/// <summary>NewLine = "\r\n": what is read from a CRLF feed is written back with CRLF; values hold LF.</summary>
[ArticleLayout("""
    {Slug}
    {Headline}

    {Body...}
    """, NewLine = "\r\n")]
public partial record CrlfFeedItem(string Slug, string Headline, IReadOnlyList<string> Body);

/// <summary>An empty line list: with no authors, their lines are absent together with the line break before them.</summary>
[ArticleLayout("""
    title: {Title}
    author: 
    {Authors...}
    published_at: {Published}
    """)]
public partial record CrawledPage(string Title, IReadOnlyList<string> Authors, string Published);

/// <summary>A sign-off line after an indented body before (END): one item of look-ahead tells it from a body line.</summary>
[ArticleLayout("""
    {Headline}
       {Body...}
       {Email}
    (END)
    """)]
public partial record SignedStory(string Headline, IReadOnlyList<string> Body, string Email);

/// <summary>A prefix list after a blank line: its items are paragraphs one blank line apart, each starting with the prefix.</summary>
[ArticleLayout("""
    NOTES {Count}

    - {Items...}
    -- by {Editor}
    """)]
public partial record EditorNotes(string Count, IReadOnlyList<string> Items, string Editor);

/// <summary>Lists within one line: items separated by a literal, typed items too; empty when nothing stands between.</summary>
[ArticleLayout("""
    <PLACES>{Places..., }</PLACES>
    Scores: {Scores..., } (final)

    {Text}
    """)]
public partial record TaggedItem(IReadOnlyList<string> Places, int[] Scores, string Text);

/// <summary>Repeated parts: each item of a list written between literals, zero or more times in a row.</summary>
[ArticleLayout("""
    <TOPICS>[<D>{Topics...}</D>]...</TOPICS>
    <PLACES>[<D>{Places...}</D>]...</PLACES>

    {Text}
    """)]
public partial record SgmlTags(IReadOnlyList<string> Topics, IReadOnlyList<string> Places, string Text);

/// <summary>
/// Variants: a feed item is one of three layouts, tried in the order listed on the same text (the first that
/// reads all of it wins); Format writes the variant the value is.
/// </summary>
[ArticleVariant(typeof(FullStory))]
[ArticleVariant(typeof(Brief))]
[ArticleVariant(typeof(FreeText))]
public abstract partial record FeedItem;

/// <summary>A variant with line breaks: slug line, headline, then body paragraphs.</summary>
[ArticleLayout("""
    STORY {Slug}
    {Headline}

    {Body...}
    """)]
public partial record FullStory(string Slug, string Headline, IReadOnlyList<string> Body) : FeedItem;

/// <summary>A one-line variant told apart by its leading literal.</summary>
[ArticleLayout("BRIEF {Slug}: {Text}")]
public partial record Brief(string Slug, string Text) : FeedItem;

/// <summary>Free text closed by its credit: it also reads a brief with a credit, but is listed (and tried) after Brief.</summary>
[ArticleLayout("{Text} ({Credit})")]
public partial record FreeText(string Text, string Credit) : FeedItem;

/// <summary>Variants as the typed items of a list: every item starts with ">>> " and runs up to the next one.</summary>
[ArticleLayout("""
    WIRE {Desk}
    >>> {Items...}
    (END)
    """)]
public partial record WireFeed(string Desk, IReadOnlyList<FeedItem> Items);

/// <summary>A variant as a one-line member, and an optional one.</summary>
[ArticleLayout("""
    TOP {Top}[
    ALSO {Also}]
    """)]
public partial record FrontPage(FeedItem Top, FeedItem? Also);
