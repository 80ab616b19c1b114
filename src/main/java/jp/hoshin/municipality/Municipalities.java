package jp.hoshin.municipality;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import jp.hoshin.identity.MunicipalityDirectory;
import jp.hoshin.shared.BusinessRuleException;
import jp.hoshin.shared.ConcurrentEditException;
import jp.hoshin.shared.JapaneseText;
import jp.hoshin.shared.LocalGovernmentCode;
import jp.hoshin.shared.Messages;
import jp.hoshin.shared.NotFoundException;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipalities of the deployment: register, describe, look up. */
@Service
public class Municipalities implements MunicipalityDirectory {

    private final MunicipalityRepository repository;
    private final EntityManager entityManager;

    Municipalities(MunicipalityRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<MunicipalityView> all() {
        return repository.findAllByOrderByCode().stream()
                .map(Municipality::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<MunicipalityView> find(String code) {
        // by natural id: within one transaction (a page's reads, ReadOnlyPage) the second lookup costs no query
        return entityManager
                .unwrap(Session.class)
                .bySimpleNaturalId(Municipality.class)
                .loadOptional(JapaneseText.fold(code))
                .map(Municipality::view);
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
