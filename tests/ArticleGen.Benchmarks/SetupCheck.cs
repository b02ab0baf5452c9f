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
            PropertyInfo? input = type.GetProperty("Input");
            object?[] values = input is null ? [null] : Enum.GetValues(input.PropertyType).Cast<object?>().ToArray();
            foreach (object? value in values)
            {
                string name = value is null ? type.Name : $"{type.Name}({value})";
                object instance = Activator.CreateInstance(type)!;
                input?.SetValue(instance, value);
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
}
