@org.springframework.modulith.ApplicationModule(displayName = "施策評価")
package jp.hoshin.measureevaluation;
