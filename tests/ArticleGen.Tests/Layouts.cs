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
