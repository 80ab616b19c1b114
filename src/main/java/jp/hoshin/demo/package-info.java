/**
 * Demo data: on first start of the embedded default, loads 三鷹市 (organisation of 平成15, 平成29 and
 * 令和2年度, from the seeds) and a sample city (令和6年度, seed 004) from {@code classpath:demo/*.yaml},
 * with demo staff accounts. Each municipality loads in one transaction, and only when it is absent.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
@org.jspecify.annotations.NullMarked
package jp.hoshin.demo;
