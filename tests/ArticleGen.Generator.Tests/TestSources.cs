namespace ArticleGen.Generator.Tests;

/// <summary>Declarations shared by the snapshot, incremental and culture tests.</summary>
internal static class TestSources
{
    /// <summary>The two layouts of DESIGN.md, verbatim.</summary>
    public const string Yonhap = """"
        using System;
        using System.Collections.Generic;
        using ArticleGen;

        namespace Wire;

        [ArticleLayout("""
             date {Date:yyyy-MM-dd}[ (ATTN: {Attention})]

            {Dateline} -- {Lead}

            {Body...}[



            {PhotoCaption}]
            """)]
        public partial record YonhapStory(
            DateOnly Date, string? Attention, Dateline Dateline, string Lead,
            IReadOnlyList<string> Body, string? PhotoCaption);

        [ArticleLayout("{City}, {Date} ({Agency})")]
        public partial record Dateline(string City, string Date, string Agency);
        """";

    public const string Ap = """"
        using System.Collections.Generic;
        using ArticleGen;

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
        """";

    public const string Feed = """"
        using System.Collections.Generic;
        using ArticleGen;

        [ArticleLayout("""
            {Slug}
            {Headline}
               {City}, {Date} (Reuters) - {Lead}
               {Body...}
             (Reporting by {Credits})
            """)]
        public partial record FeedStory(string Slug, string Headline, string City, string Date, string Lead, IReadOnlyList<string> Body, string Credits);
        """";

    /// <summary>An SGML-like envelope: {Member~} captures run across lines up to the tag that closes them on their line.</summary>
    public const string Envelope = """"
        using ArticleGen;

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
        """";

    /// <summary>A CRLF feed item: NewLine = "\r\n" makes Format write CRLF.</summary>
    public const string CrlfFeedItem = """"
        using System.Collections.Generic;
        using ArticleGen;

        [ArticleLayout("""
            {Slug}
            {Headline}

            {Body...}
            """, NewLine = "\r\n")]
        public partial record CrlfFeedItem(string Slug, string Headline, IReadOnlyList<string> Body);
        """";

    /// <summary>Lists within one line: {Places..., } and typed {Scores..., }.</summary>
    public const string TaggedItem = """"
        using System.Collections.Generic;
        using ArticleGen;

        [ArticleLayout("""
            <PLACES>{Places..., }</PLACES>
            Scores: {Scores..., } (final)
            <TOPICS>[<D>{Topics...}</D>]...</TOPICS>

            {Text}
            """)]
        public partial record TaggedItem(IReadOnlyList<string> Places, int[] Scores, IReadOnlyList<string> Topics, string Text);
        """";

    /// <summary>Variants: an abstract feed item read as one of three layouts, as the typed items of a list.</summary>
    public const string Variants = """"
        using System.Collections.Generic;
        using ArticleGen;

        [ArticleVariant(typeof(FullStory))]
        [ArticleVariant(typeof(Brief))]
        [ArticleVariant(typeof(FreeText))]
        public abstract partial record FeedItem;

        [ArticleLayout("""
            STORY {Slug}
            {Headline}

            {Body...}
            """)]
        public partial record FullStory(string Slug, string Headline, IReadOnlyList<string> Body) : FeedItem;

        [ArticleLayout("BRIEF {Slug}: {Text}")]
        public partial record Brief(string Slug, string Text) : FeedItem;

        [ArticleLayout("{Text} ({Credit})")]
        public partial record FreeText(string Text, string Credit) : FeedItem;

        [ArticleLayout("""
            WIRE {Desk}
            >>> {Items...}
            (END)
            """)]
        public partial record WireFeed(string Desk, IReadOnlyList<FeedItem> Items);
        """";

    /// <summary>One capture of every supported kind of member type.</summary>
    /// <summary>ReadOnlyMemory&lt;byte&gt; members, one of them nested: slices of a ReadOnlyMemory&lt;byte&gt; input.</summary>
    public const string Utf8Members = """"
        using System;
        using System.Collections.Generic;
        using ArticleGen;

        namespace Wire.Bytes;

        [ArticleLayout("""
            {Headline}[ ({Note})]

            {Dateline} -- {Lead}

            {Body...}
            """)]
        public partial record RawStory(ReadOnlyMemory<byte> Headline, ReadOnlyMemory<byte>? Note, RawDateline Dateline, ReadOnlyMemory<byte> Lead, IReadOnlyList<ReadOnlyMemory<byte>> Body);

        [ArticleLayout("{City} ({Agency})")]
        public partial record RawDateline(ReadOnlyMemory<byte> City, string Agency);
        """";

    public const string EveryType = """"
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using ArticleGen;

        namespace Samples.Types;

        public enum Priority { Low, Normal, Urgent }

        [ArticleLayout("""
            Id: {Id}
            Count: {Count}
            Ratio: {Ratio}
            Price: {Price}
            Flag: {Flag}
            Kind: {Kind}
            Date: {Date:dd.MM.yyyy}
            Time: {Time}
            Stamp: {Stamp}
            Offset: {Offset}
            Key: {Key}
            Slice: {Slice}
            [Note: {Note}
            ][Rank: {Rank}
            ]Numbers:
            {Numbers...}

            Tags:
            - {Tags...}

            {Paragraphs...}
            """)]
        public partial record EveryType(
            int Id, long Count, double Ratio, decimal Price, bool Flag, Priority Kind,
            DateOnly Date, TimeOnly Time, DateTime Stamp, DateTimeOffset Offset, Guid Key,
            ReadOnlyMemory<char> Slice, string? Note, int? Rank,
            List<int> Numbers, ImmutableArray<string> Tags, string[] Paragraphs);
        """";

    /// <summary>A record nested in a partial class inside a namespace.</summary>
    public const string Nested = """"
        using ArticleGen;

        namespace Newsroom.Wire
        {
            public static partial class Desk
            {
                [ArticleLayout("""
                    Slug: {Code}

                    {Title}
                    """)]
                public partial record Slug(string Code, string Title);
            }
        }
        """";
}
