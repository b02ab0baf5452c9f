using System;
using System.Text;

namespace ArticleGen
{
    /// <summary>How a feed marks where one story ends and the next begins.</summary>
    public enum FeedSeparatorKind
    {
        /// <summary>A line (such as <c>(END)</c> or <c>&lt;/DOC&gt;</c>) that is the last line of every story, read as part of it.</summary>
        StoryEndLine,

        /// <summary>A line (such as <c>&lt;DOC&gt;</c>) that is the first line of every story, read as part of it.</summary>
        StoryStartLine,

        /// <summary>A line between stories (such as <c>----</c>), part of neither.</summary>
        Line,

        /// <summary>A run of at least <see cref="FeedSeparator.BlankLineCount"/> blank lines between stories.</summary>
        BlankLines,

        /// <summary>A control character (such as U+001E RECORD SEPARATOR or U+000C FORM FEED) after every story, part of none.</summary>
        ControlCharacter,
    }

    /// <summary>
    /// Where stories in a feed begin and end. A feed is split at every separator before any story is parsed, so a
    /// story never holds a separator and two stories are never read as one.
    /// </summary>
    public sealed class FeedSeparator
    {
        private FeedSeparator(FeedSeparatorKind kind, string text, int blankLineCount)
        {
            Kind = kind;
            Text = text;
            BlankLineCount = blankLineCount;
            Utf8 = Encoding.UTF8.GetBytes(text);
        }

        /// <summary>Which kind of separator this is.</summary>
        public FeedSeparatorKind Kind { get; }

        /// <summary>The separator line's text (without its line break) or the control character; empty for blank lines.</summary>
        public string Text { get; }

        /// <summary>For <see cref="FeedSeparatorKind.BlankLines"/>, how many blank lines in a row end a story.</summary>
        public int BlankLineCount { get; }

        internal byte[] Utf8 { get; }

        /// <summary>Every story ends with this line, which is part of the story (its layout ends with it).</summary>
        /// <param name="line">The whole line, without its line break: <c>(END)</c>, <c>&lt;/DOC&gt;</c>.</param>
        public static FeedSeparator StoryEndLine(string line) => new FeedSeparator(FeedSeparatorKind.StoryEndLine, CheckLine(line), 0);

        /// <summary>Every story starts with this line, which is part of the story (its layout starts with it).</summary>
        /// <param name="line">The whole line, without its line break: <c>&lt;DOC&gt;</c>.</param>
        public static FeedSeparator StoryStartLine(string line) => new FeedSeparator(FeedSeparatorKind.StoryStartLine, CheckLine(line), 0);

        /// <summary>Stories are separated by this line, which belongs to no story (a feed may also end with it).</summary>
        /// <param name="line">The whole line, without its line break: <c>----</c>.</param>
        public static FeedSeparator Line(string line) => new FeedSeparator(FeedSeparatorKind.Line, CheckLine(line), 0);

        /// <summary>
        /// Stories are separated by <paramref name="count"/> or more blank lines. Choose a count larger than any run of
        /// blank lines inside a story.
        /// </summary>
        public static FeedSeparator BlankLines(int count)
        {
            if (count < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(count), count, "A separator needs at least one blank line.");
            }

            return new FeedSeparator(FeedSeparatorKind.BlankLines, string.Empty, count);
        }

        /// <summary>Every story is followed by this control character (U+0000 to U+001F except line feed and carriage return, or U+007F).</summary>
        public static FeedSeparator ControlCharacter(char character)
        {
            if (!(character < ' ' || character == '\u007F') || character == '\n' || character == '\r')
            {
                throw new ArgumentOutOfRangeException(nameof(character), (int)character, "The separator must be an ASCII control character other than a line feed or carriage return.");
            }

            return new FeedSeparator(FeedSeparatorKind.ControlCharacter, character.ToString(), 0);
        }

        /// <inheritdoc/>
        public override string ToString() => Kind switch
        {
            FeedSeparatorKind.BlankLines => BlankLineCount + " blank lines",
            FeedSeparatorKind.ControlCharacter => "U+" + ((int)Text[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
            _ => Kind + " \"" + Text + "\"",
        };

        private static string CheckLine(string line)
        {
            if (line is null)
            {
                throw new ArgumentNullException(nameof(line));
            }

            if (line.Length == 0 || line.IndexOf('\n') >= 0 || line.IndexOf('\r') >= 0)
            {
                throw new ArgumentException("A separator line must be non-empty and hold no line break (use BlankLines for blank lines).", nameof(line));
            }

            return line;
        }
    }
}
