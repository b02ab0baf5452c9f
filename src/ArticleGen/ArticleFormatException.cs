using System;

namespace ArticleGen
{
    /// <summary>
    /// Thrown by a generated <c>Parse</c> when the text does not fit the record's layout. It says where
    /// (1-based <see cref="Line"/> and <see cref="Column"/> in the input, columns counted in UTF-16 code
    /// units) and what the layout expected there.
    /// </summary>
    public class ArticleFormatException : FormatException
    {
        /// <summary>Creates the exception.</summary>
        public ArticleFormatException(string message, int line, int column, string expected, string? member, string layoutType, string? lineText)
            : base(message)
        {
            Line = line;
            Column = column;
            Expected = expected;
            Member = member;
            LayoutType = layoutType;
            LineText = lineText;
        }

        /// <summary>Creates the exception with the exception that caused it (a feed wraps the story's own error).</summary>
        public ArticleFormatException(string message, int line, int column, string expected, string? member, string layoutType, string? lineText, Exception? innerException)
            : base(message, innerException)
        {
            Line = line;
            Column = column;
            Expected = expected;
            Member = member;
            LayoutType = layoutType;
            LineText = lineText;
        }

        /// <summary>The 1-based line of the input where reading stopped.</summary>
        public int Line { get; }

        /// <summary>The 1-based column (in UTF-16 code units) of the input where reading stopped.</summary>
        public int Column { get; }

        /// <summary>What the layout expected there: a quoted literal such as <c>" -- "</c>, a member such as
        /// <c>Date</c>, <c>end of text</c> or <c>valid UTF-8</c>.</summary>
        public string Expected { get; }

        /// <summary>The member being read or just read when reading stopped, if any.</summary>
        public string? Member { get; }

        /// <summary>The name of the <c>[ArticleLayout]</c> type whose layout was being matched.</summary>
        public string LayoutType { get; }

        /// <summary>The text of the offending input line, without its line break, or null when it is not known.</summary>
        public string? LineText { get; }
    }
}
