using System.Collections.Immutable;
using ArticleGen;

namespace ArticleGen.Tests;

[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapStory(DateOnly Date, string? Attention, Dateline Dateline, string Lead, IReadOnlyList<string> Body, string? PhotoCaption);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record Dateline(string City, string Date, string Agency);

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

/// <summary>The Yonhap layout with UTF-8 members: from a ReadOnlyMemory&lt;byte&gt;, every value is a slice of the input.</summary>
[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapBytes(DateOnly Date, ReadOnlyMemory<byte>? Attention, DatelineBytes Dateline, ReadOnlyMemory<byte> Lead, ImmutableArray<ReadOnlyMemory<byte>> Body, ReadOnlyMemory<byte>? PhotoCaption);

[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record DatelineBytes(ReadOnlyMemory<byte> City, ReadOnlyMemory<byte> Date, ReadOnlyMemory<byte> Agency);
