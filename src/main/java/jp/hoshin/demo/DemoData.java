package jp.hoshin.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jp.hoshin.departmentplan.DepartmentPlanView;
import jp.hoshin.departmentplan.DepartmentPlans;
import jp.hoshin.departmentplan.PlanReference;
import jp.hoshin.departmentplan.PlanResults;
import jp.hoshin.departmentplan.PlanStatus;
import jp.hoshin.departmentplan.PlanWorkflow;
import jp.hoshin.departmentplan.ProjectContent;
import jp.hoshin.departmentplan.TargetIndicator;
import jp.hoshin.fiscalyear.FiscalYear;
import jp.hoshin.fiscalyear.FiscalYears;
import jp.hoshin.identity.DemoAccountsNotice;
import jp.hoshin.identity.Role;
import jp.hoshin.identity.StaffAccounts;
import jp.hoshin.municipality.Municipalities;
import jp.hoshin.organization.DepartmentProfile;
import jp.hoshin.organization.LineageKind;
import jp.hoshin.organization.Organization;
import jp.hoshin.organization.OrganizationSnapshot;
import jp.hoshin.organization.Reorganization;
import jp.hoshin.policyplan.ImportRejected;
import jp.hoshin.policyplan.PolicyDataImport;
import jp.hoshin.policyplan.PolicyPlans;
import jp.hoshin.policyplan.SourceTable;
import jp.hoshin.shared.Csv;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.exchange.ExchangeProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the demo municipalities on first start. On by default with the embedded database
 * ({@code hoshin.demo.enabled=auto}); off with an external one unless set to {@code true}.
 */
@Component
@Order(10)
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Municipalities municipalities;
    private final FiscalYears fiscalYears;
    private final Organization organization;
    private final Reorganization reorganization;
    private final StaffAccounts accounts;
    private final DepartmentPlans plans;
    private final PlanWorkflow planWorkflow;
    private final PlanResults planResults;
    private final PolicyDataImport planData;
    private final PolicyPlans policyPlans;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final DemoAccountsNotice demoNotice;
    private final String demoPassword;

    DemoData(
            Municipalities municipalities,
            FiscalYears fiscalYears,
            Organization organization,
            Reorganization reorganization,
            StaffAccounts accounts,
            DepartmentPlans plans,
            PlanWorkflow planWorkflow,
            PlanResults planResults,
            PolicyDataImport planData,
            PolicyPlans policyPlans,
            TransactionTemplate transaction,
            Environment environment,
            DemoAccountsNotice demoNotice,
            DemoProperties properties) {
        this.municipalities = municipalities;
        this.fiscalYears = fiscalYears;
        this.organization = organization;
        this.reorganization = reorganization;
        this.accounts = accounts;
        this.plans = plans;
        this.planWorkflow = planWorkflow;
        this.planResults = planResults;
        this.planData = planData;
        this.policyPlans = policyPlans;
        this.transaction = transaction;
        this.environment = environment;
        this.demoNotice = demoNotice;
        this.demoPassword = properties.password();
    }

    boolean enabled() {
        return DemoSettings.of(environment).dataEnabled();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled()) {
            return;
        }
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/*.yaml");
        YAMLMapper mapper = YAMLMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        for (Resource file : files) {
            DemoFile demo;
            try (InputStream in = file.getInputStream()) {
                demo = mapper.readValue(in, DemoFile.class);
            }
            if (municipalities.find(demo.municipality().code()).isPresent()) {
                // a data directory from an earlier version: add the plan data it does not have yet
                String code = demo.municipality().code();
                if (policyPlans.plans(code).isEmpty()) {
                    transaction.executeWithoutResult(status -> loadPlanTables(code));
                }
                // loaded by an instance that made no demo accounts (public-only, or no demo password then): this one's
                // settings decide, as they would have had it loaded the municipality itself
                transaction.executeWithoutResult(status -> createAccounts(code, demo));
                continue;
            }
            transaction.executeWithoutResult(status -> load(demo));
            log.info("Demo data loaded: {} ({})", demo.municipality().name(), file.getFilename());
        }
        announceDemoAccounts(files, mapper);
    }

    /** Demo accounts that still sign in with the published password: said loudly on the console and the sign-in page. */
    private void announceDemoAccounts(Resource[] files, YAMLMapper mapper) throws IOException {
        if (!DemoSettings.of(environment).accountsEnabled()) {
            return;
        }
        List<String> present = new ArrayList<>();
        for (Resource file : files) {
            DemoFile demo;
            try (InputStream in = file.getInputStream()) {
                demo = mapper.readValue(in, DemoFile.class);
            }
            for (DemoFile.AccountEntry a :
                    demo.accounts() == null ? List.<DemoFile.AccountEntry>of() : demo.accounts()) {
                if (accounts.signsInWith(a.username(), demoPassword)) {
                    present.add(a.username());
                }
            }
        }
        if (present.isEmpty()) {
            return;
        }
        demoNotice.demoAccountsPresent(present);
        String address = environment.getProperty("server.address", "（すべてのアドレス）");
        System.out.println("""

                ################################################################
                 注意: デモ用アカウントがあります（試用専用、本番では使わないでください）
                   %s
                 パスワードは公開されているデモ用のものです。このため待ち受けは %s です。
                 本番で使う前にこれらのアカウントを無効にするか、パスワードを再設定してください。
                ################################################################
                """.formatted(String.join(", ", present), address));
        log.warn("Demo staff accounts with the published demo password exist: {} (listening on {})", present, address);
    }

    void load(DemoFile demo) {
        DemoFile.MunicipalityEntry m = demo.municipality();
        municipalities.register(new LocalGovernmentCode(m.code()), m.name(), m.nameKana(), m.prefecture());
        var registered = municipalities.get(m.code());
        municipalities.describe(m.code(), registered.version(), m.name(), m.nameKana(), m.prefecture(), m.publicNote());
        demo.years().stream()
                .sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .forEach(year -> {
                    fiscalYears.open(m.code(), FiscalYear.of(year.year()), "system");
                    reorganization.apply(m.code(), year.year(), snapshot(year));
                });
        loadPlanTables(m.code());
        for (DemoFile.PlanEntry plan : demo.plans() == null ? List.<DemoFile.PlanEntry>of() : demo.plans()) {
            loadPlan(m.code(), plan);
        }
        createAccounts(m.code(), demo);
    }

    /**
     * The demo municipality's staff accounts that do not exist yet, when this instance makes demo accounts
     * ({@link DemoSettings}); an account that exists is left as it is (its password changed or the account disabled).
     */
    private void createAccounts(String code, DemoFile demo) {
        if (!DemoSettings.of(environment).accountsEnabled()) {
            return;
        }
        for (DemoFile.AccountEntry a : demo.accounts() == null ? List.<DemoFile.AccountEntry>of() : demo.accounts()) {
            if (!accounts.exists(a.username())) {
                accounts.create(new StaffAccounts.NewStaffAccount(
                        code,
                        a.username(),
                        a.displayName(),
                        Role.valueOf(a.role()),
                        new LinkedHashSet<>(a.departments() == null ? List.of() : a.departments()),
                        demoPassword));
            }
        }
    }

    /**
     * The basic plan, strategy, action plan and indicators of the seeds, kept in the repository as the
     * CSV tables users import ({@code demo/plans/<code>/*.csv}, docs/plan-data-format.md).
     */
    private void loadPlanTables(String code) {
        try {
            Resource[] files =
                    new PathMatchingResourcePatternResolver().getResources("classpath*:demo/plans/" + code + "/*.csv");
            List<SourceTable> tables = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    tables.add(new SourceTable(
                            file.getFilename() == null ? "?" : file.getFilename(),
                            Csv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
                }
            }
            if (!tables.isEmpty()) {
                planData.apply(code, tables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportRejected e) {
            throw new IllegalStateException(
                    "デモの計画データに誤りがあります: "
                            + e.problems().stream()
                                    .limit(20)
                                    .map(ExchangeProblem::text)
                                    .toList(),
                    e);
        }
    }

    /** A plan of the seeds: written, finalised and published, then (when the seed has them) its results recorded and published. */
    private void loadPlan(String code, DemoFile.PlanEntry entry) {
        int year = entry.year();
        String dept = entry.department();
        PlanReference ref = new PlanReference(code, year, dept);
        DepartmentPlanView plan = plans.startDraft(ref);
        for (DemoFile.GoalEntry goal : entry.goals()) {
            List<TargetIndicator> targets = goal.targets() == null
                    ? List.of()
                    : goal.targets().stream()
                            .map(t -> new TargetIndicator(
                                    t.text(),
                                    t.measure(),
                                    t.targetValue(),
                                    t.unit(),
                                    t.deadline(),
                                    t.baselineValue(),
                                    t.baselineYear(),
                                    null))
                            .toList();
            plan = plans.addProject(
                    ref,
                    plan.version(),
                    new ProjectContent(
                            goal.title(),
                            goal.leadSection(),
                            goal.description(),
                            Boolean.TRUE.equals(goal.main()),
                            targets,
                            null));
            if (goal.link() != null) {
                plan = plans.linkProject(
                        ref, plan.version(), plan.projects().getLast().number(), goal.link());
            }
        }
        plan = planWorkflow.submit(ref, plan.version(), "system");
        plan = planWorkflow.startConsultation(ref, plan.version(), "system");
        plan = planWorkflow.finalizeAfterConsultation(ref, plan.version(), "system");
        plan = planWorkflow.publish(ref, plan.version(), "system");
        boolean allResults = entry.goals().stream().allMatch(g -> g.result() != null);
        if (entry.goals().isEmpty() || !allResults) {
            return;
        }
        for (int i = 0; i < entry.goals().size(); i++) {
            plan = planResults.recordResult(
                    ref, plan.version(), i + 1, entry.goals().get(i).result(), null, List.of());
        }
        plan = planResults.summarize(ref, plan.version(), entry.summary());
        for (PlanStatus to :
                List.of(PlanStatus.SUBMITTED, PlanStatus.IN_CONSULTATION, PlanStatus.FINALIZED, PlanStatus.PUBLISHED)) {
            plan = planResults.moveResults(ref, plan.version(), to, "system", null);
        }
    }

    private static OrganizationSnapshot snapshot(DemoFile.YearEntry year) {
        return new OrganizationSnapshot(year.departments().stream()
                .map(d -> new OrganizationSnapshot.DepartmentEntry(
                        d.code(),
                        d.name(),
                        d.sections() == null ? List.of() : d.sections(),
                        new DepartmentProfile(
                                blank(d.headName()),
                                blank(d.headNameKana()),
                                blank(d.basicPolicy()),
                                blank(d.workDescription()),
                                blank(d.missionHeadline()),
                                blank(d.mission()),
                                d.staffCount(),
                                d.budgetYen()),
                        d.origin() == null
                                ? null
                                : new OrganizationSnapshot.Origin(
                                        LineageKind.valueOf(d.origin().kind()),
                                        d.origin().from())))
                .toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
