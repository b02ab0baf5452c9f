using ArticleGen;

namespace WireStories;

// Each layout below is the article as it looks on the wire, with {Member} holes. ArticleGen turns it into
// Parse/TryParse/Format/TryFormat/WriteTo on the record at compile time (see obj/**/generated/).

// Yonhap's plain-text export: a " date" header with an optional attention note, the dateline and lead,
// body paragraphs one blank line apart, and an optional photo caption three blank lines below.
[ArticleLayout("""
     date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

    {Dateline} -- {Lead}

    {Body...}[



    {PhotoCaption}]
    """)]
public partial record YonhapStory(DateOnly Date, string? Attention, Dateline Dateline, string Lead, IReadOnlyList<string> Body, string? PhotoCaption);

// An inline fragment (no line break): "SEOUL, Oct. 18 (Yonhap)" read from the text YonhapStory captured.
[ArticleLayout("{City}, {Date} ({Agency})")]
public partial record Dateline(string City, string Date, string Agency);

// An AP story: headline, byline, an em-dash dateline, paragraphs, an optional contributors trailer and (END).
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

// A classic agency feed: hard-wrapped paragraphs that start with a three-space indent and no blank lines, so
// each paragraph (and the lead) runs across lines up to the next indented line.
[ArticleLayout("""
    {Slug}
    {Headline}
       {City}, {Date} (Reuters) - {Lead}
       {Body...}
     (Reporting by {Credits})
    """)]
public partial record FeedStory(string Slug, string Headline, string City, string Date, string Lead, IReadOnlyList<string> Body, string Credits);
