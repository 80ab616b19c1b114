/**
 * Demo data: on first start of the embedded default, loads 三鷹市 (organisation of 平成15, 平成29 and
 * 令和2年度, from the seeds; the 平成29年度 main projects of seed 000 as published plans) and a sample city
 * (令和6年度, seed 004, with the heads' goals and results as published plans) from {@code classpath:demo/*.yaml},
 * with demo staff accounts. Each municipality loads in one transaction, and only when it is absent.
 */
@ApplicationModule(displayName = "Demo data")
@NullMarked
package jp.hoshin.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
