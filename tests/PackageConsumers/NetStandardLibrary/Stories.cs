using System;
using System.Collections.Generic;
using ArticleGen;

namespace Newsroom.Wire
{
    /// <summary>A story as a desk exports it: a slug line, a dateline and lead, paragraphs, an optional credit.</summary>
    [ArticleLayout(@"SLUG {Slug}
{Dateline} -- {Lead}

{Body...}[

-- {Credit}]")]
    public partial record DeskStory(Slug Slug, Dateline Dateline, string Lead, IReadOnlyList<string> Body, Credit? Credit);

    [ArticleLayout("{Desk}/{Code}")]
    public partial record Slug(string Desk, ReadOnlyMemory<char> Code);

    [ArticleLayout("{City}, {Date} ({Agency})")]
    public partial record Dateline(string City, string Date, string Agency);

    [ArticleLayout("reporting by {Reporter}; editing by {Editor}")]
    public partial record Credit(string Reporter, string Editor);

    /// <summary>An item of a desk's rundown: one of two layouts, tried in this order.</summary>
    [ArticleVariant(typeof(RundownStory))]
    [ArticleVariant(typeof(RundownNote))]
    public abstract partial record RundownItem;

    [ArticleLayout("STORY {Slug} ({Words} words)")]
    public partial record RundownStory(string Slug, string Words) : RundownItem;

    [ArticleLayout("{Text}")]
    public partial record RundownNote(string Text) : RundownItem;

    [ArticleLayout(@"RUNDOWN {Desk}
{Items...}
(END)")]
    public partial record Rundown(string Desk, IReadOnlyList<RundownItem> Items);

    /// <summary>A header line whose value stays UTF-8 bytes (copies on this target, which decodes UTF-8 to read it).</summary>
    [ArticleLayout("{Name}: {Value}")]
    public partial record RawHeader(string Name, ReadOnlyMemory<byte> Value);

    public static class Desk
    {
        /// <summary>The UTF-8 length of a header's value, read from a byte array (the byte[] overload, no ambiguity).</summary>
        public static int ValueBytes(byte[] utf8) => RawHeader.Parse(utf8).Value.Length;

        /// <summary>Library code using the API as a netstandard2.0 caller sees it.</summary>
        public static string? CityOf(string text)
            => DeskStory.TryParse(text, out DeskStory? story) ? story.Dateline.City : null;

        /// <summary>How many stories (not notes) a rundown holds.</summary>
        public static int StoriesIn(string text)
        {
            int count = 0;
            foreach (RundownItem item in Rundown.Parse(text).Items)
            {
                count += item is RundownStory ? 1 : 0;
            }

            return count;
        }
    }
}
