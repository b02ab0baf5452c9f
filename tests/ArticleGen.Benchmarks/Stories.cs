using ArticleGen;

namespace ArticleGen.Benchmarks;

// The records under test. The layouts are the ones from the design; the generator writes
// Parse/TryParse/Format/TryFormat/WriteTo for each of them at compile time.

[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapStory(DateOnly Date, string? Attention, Dateline Dateline, string Lead, IReadOnlyList<string> Body, string? PhotoCaption);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record Dateline(string City, string Date, string Agency);

// Same layout, zero-copy members.
[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapStoryMemory(DateOnly Date, ReadOnlyMemory<char>? Attention, DatelineMemory Dateline, ReadOnlyMemory<char> Lead, IReadOnlyList<ReadOnlyMemory<char>> Body, ReadOnlyMemory<char>? PhotoCaption);

// Same layout, UTF-8 members: parsed from a ReadOnlyMemory<byte>, every value is a slice of the input (no decode, no string).
[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapStoryBytes(DateOnly Date, ReadOnlyMemory<byte>? Attention, DatelineBytes Dateline, ReadOnlyMemory<byte> Lead, IReadOnlyList<ReadOnlyMemory<byte>> Body, ReadOnlyMemory<byte>? PhotoCaption);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record DatelineBytes(ReadOnlyMemory<byte> City, ReadOnlyMemory<byte> Date, ReadOnlyMemory<byte> Agency);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record DatelineMemory(ReadOnlyMemory<char> City, ReadOnlyMemory<char> Date, ReadOnlyMemory<char> Agency);

[ArticleLayout("""
    {Headline}
    By {Byline}

    {Dateline} (AP) — {Lead}

    {Body...}[

    ___

    {Contributors}]

    (END)
    """)]
public partial record ApStory(string Headline, string Byline, string Dateline, string Lead, IReadOnlyList<string> Body, string? Contributors);

[ArticleLayout("""
    {Slug}
    {Headline}
       {City}, {Date} (Reuters) - {Lead}
       {Body...}
     (Reporting by {Credits})
    """)]
public partial record FeedStory(string Slug, string Headline, string City, string Date, string Lead, IReadOnlyList<string> Body, string Credits);
