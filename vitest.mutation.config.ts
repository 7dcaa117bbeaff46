import { defineConfig } from "vitest/config";

// The tests that check conv2d, pooling and the incremental convolution, for `npm run
// test:mutation`: each mutant of those files is run against these only, not the whole suite.
// Code instrumented by Stryker runs many times slower, hence the long timeout.
export default defineConfig({
  test: {
    include: [
      "tests/core/conv2d.test.ts",
      "tests/core/conv2d.paths.test.ts",
      "tests/core/pooling.test.ts",
      "tests/core/incremental.test.ts",
    ],
    testTimeout: 600_000,
  },
});
