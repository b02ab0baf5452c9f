using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>--check</c>: runs every benchmark class's [GlobalSetup] (with its equality checks) for every parameter
/// value and calls each [Benchmark] method once, without timing. A quick way to see that nothing throws.
/// </summary>
internal static class SetupCheck
{
    public static int RunAll()
    {
        int failures = 0;
        int passed = 0;
        Type[] classes = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

        foreach (Type type in classes)
        {
            foreach (var assignment in Assignments(type))
            {
                string name = assignment.Count == 0 ? type.Name : $"{type.Name}({string.Join(", ", assignment.Select(a => a.Property.Name + "=" + a.Value))})";
                object instance = Activator.CreateInstance(type)!;
                foreach (var (property, value) in assignment)
                {
                    property.SetValue(instance, value);
                }

                try
                {
                    // Every [GlobalSetup] (a class may have one per group of targets), then every benchmark.
                    foreach (MethodInfo setup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalSetupAttribute>() is not null))
                    {
                        setup.Invoke(instance, null);
                    }

                    foreach (MethodInfo method in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
                    {
                        method.Invoke(instance, null);
                    }

                    foreach (MethodInfo cleanup in type.GetMethods().Where(m => m.GetCustomAttribute<GlobalCleanupAttribute>() is not null))
                    {
                        cleanup.Invoke(instance, null);
                    }

                    Console.WriteLine($"ok    {name}");
                    passed++;
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    Console.WriteLine($"FAIL  {name}: {e.InnerException.GetType().Name}: {e.InnerException.Message}");
                    failures++;
                }
            }
        }

        Console.WriteLine($"{passed} passed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// Every combination of the class's parameters, as BenchmarkDotNet would run them: the values of each
    /// [Params] property, and every value of an enum property marked [ParamsAllValues] (or named Input).
    /// </summary>
    private static List<List<(PropertyInfo Property, object? Value)>> Assignments(Type type)
    {
        var combinations = new List<List<(PropertyInfo Property, object? Value)>> { new() };
        foreach (PropertyInfo property in type.GetProperties().Where(p => p.CanWrite))
        {
            object?[]? values = property.GetCustomAttribute<ParamsAttribute>() is { } given
                ? given.Values
                : property.GetCustomAttribute<ParamsAllValuesAttribute>() is not null || (property.Name == "Input" && property.PropertyType.IsEnum)
                    ? Enum.GetValues(property.PropertyType).Cast<object?>().ToArray()
                    : null;
            if (values is null)
            {
                continue;
            }

            combinations = combinations.SelectMany(c => values.Select(v => new List<(PropertyInfo, object?)>(c) { (property, v) })).ToList();
        }

        return combinations;
    }
}
