package jp.hoshin.municipality;

import java.util.List;
import java.util.Optional;

import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import jp.hoshin.shared.ReadMemo;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of the deployment: register, describe, look up. */
@Service
public class Municipalities implements MunicipalityDirectory {

    private final MunicipalityRepository repository;
    private final ReadMemo<String, Optional<MunicipalityView>> byCode = new ReadMemo<>("municipalityByCode");

    Municipalities(MunicipalityRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<MunicipalityView> all() {
        return repository.findAllByOrderByCode().stream()
                .map(Municipality::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityView> find(String code) {
        // a page asks several times (controller, fiscal year, organisation, branding): one query per page. A query, not
        // Hibernate's natural-id load, which builds and translates its SQL again on every call (issue 19's profile)
        return byCode.get(JapaneseText.fold(code), c -> repository.findByCode(c).map(Municipality::view));
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityView> findById(long id) {
        return repository.findById(id).map(Municipality::view);
    }

    /** The municipality, or a 404 in Japanese. */
    @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
    public MunicipalityView get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException(Messages.get("municipality.notRegistered", code)));
    }

    @Transactional
    public MunicipalityView register(
            LocalGovernmentCode code, String name, @Nullable String nameKana, String prefecture) {
        if (repository.existsByCode(code.value())) {
            throw new BusinessRuleException(Messages.get("municipality.alreadyRegistered", code));
        }
        return repository
                .save(new Municipality(
                        code,
                        JapaneseText.text(name),
                        JapaneseText.optionalText(nameKana).orElse(null),
                        JapaneseText.text(prefecture),
                        code.isSample()))
                .view();
    }

    @Transactional
    public void describe(
            String code,
            long editedVersion,
            String name,
            @Nullable String nameKana,
            String prefecture,
            @Nullable String publicNote) {
        Municipality municipality = repository
                .findByCode(code)
                .orElseThrow(() -> new NotFoundException(Messages.get("municipality.notRegistered", code)));
        ConcurrentEditException.check(editedVersion, municipality.view().version());
        municipality.describe(
                JapaneseText.text(name),
                JapaneseText.optionalText(nameKana).orElse(null),
                JapaneseText.text(prefecture),
                JapaneseText.optionalText(publicNote).orElse(null));
    }

    @Override
    public List<MunicipalityChoice> municipalities() {
        return all().stream()
                .map(m -> new MunicipalityChoice(m.code(), m.name()))
                .toList();
    }

    @Override
    public boolean exists(String code) {
        return repository.existsByCode(code);
    }
}
