using System;

namespace ArticleGen.Feeds
{
    /// <summary>What stops a written story from reading back as itself in a feed: the reader's split rules, checked on the story's bytes.</summary>
    internal static class FeedStoryCheck
    {
        public static string? Problem(ReadOnlySpan<byte> story, FeedSeparator separator, byte[]? openLine, byte[]? closeLine)
        {
            if (story.IsEmpty)
            {
                return "its text is empty, and a feed skips empty text between stories.";
            }

            if (story.Length >= 2 && story[story.Length - 1] == (byte)'\n' && (story[story.Length - 2] == (byte)'\n'
                || (story.Length >= 3 && story[story.Length - 2] == (byte)'\r' && story[story.Length - 3] == (byte)'\n')))
            {
                return "it ends with a blank line, and a feed takes blank lines after a story as padding.";
            }

            if (separator.Kind == FeedSeparatorKind.ControlCharacter)
            {
                return story.IndexOf(separator.Utf8[0]) >= 0 ? "its text holds the separator " + separator + "." : null;
            }

            if (story[0] == (byte)'\n' || (story[0] == (byte)'\r' && story.Length > 1 && story[1] == (byte)'\n'))
            {
                return "it starts with a blank line, and a feed skips blank lines between stories.";
            }

            if (story[story.Length - 1] != (byte)'\n')
            {
                return "its text does not end with a line break, so the separator would not stand on a line of its own.";
            }

            int lineStart = 0;
            int lineNumber = 0;
            int blankRun = 0;
            while (lineStart < story.Length)
            {
                int found = story.Slice(lineStart).IndexOf((byte)'\n');
                int lineEnd = found < 0 ? story.Length : lineStart + found;
                int next = lineEnd + 1;
                int contentEnd = lineEnd > lineStart && story[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
                ReadOnlySpan<byte> content = story.Slice(lineStart, contentEnd - lineStart);
                while (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
                {
                    content = content.Slice(3);
                }

                bool last = next >= story.Length;
                bool isSeparator = content.SequenceEqual(separator.Utf8);
                lineNumber++;
                switch (separator.Kind)
                {
                    case FeedSeparatorKind.StoryEndLine:
                    case FeedSeparatorKind.StoryStartLine:
                        bool isClose = closeLine is not null && content.SequenceEqual(closeLine);
                        bool isOpen = openLine is not null && content.SequenceEqual(openLine);
                        if (isClose && !last)
                        {
                            return "line " + lineNumber + " is the closing line \"" + Text(closeLine) + "\", which would end the story there.";
                        }

                        if (isOpen && lineNumber > 1)
                        {
                            return "line " + lineNumber + " is the opening line \"" + Text(openLine) + "\", which would start a new story there.";
                        }

                        if (separator.Kind == FeedSeparatorKind.StoryEndLine && last && !isClose)
                        {
                            return "its last line is not \"" + Text(closeLine) + "\", so it would run into the next story.";
                        }

                        if (separator.Kind == FeedSeparatorKind.StoryStartLine && lineNumber == 1 && !isOpen)
                        {
                            return "its first line is not \"" + Text(openLine) + "\", so it would run into the story before it.";
                        }

                        break;
                    case FeedSeparatorKind.Line:
                        if (isSeparator)
                        {
                            return "line " + lineNumber + " is the separator line \"" + separator.Text + "\".";
                        }

                        break;
                    default:
                        blankRun = content.Length == 0 ? blankRun + 1 : 0;
                        if (blankRun >= separator.BlankLineCount)
                        {
                            return "it holds " + blankRun + " blank lines in a row at line " + lineNumber + ", the feed's separator.";
                        }

                        break;
                }

                lineStart = next;
            }

            return null;
        }

        private static string Text(byte[]? line) => line is null ? string.Empty : System.Text.Encoding.UTF8.GetString(line);
    }
}
