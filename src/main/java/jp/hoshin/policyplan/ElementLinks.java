package jp.hoshin.policyplan;

import java.util.List;

/**
 * Work elsewhere in Hoshin that serves a plan element — for instance the department plans' projects
 * linked to a measure. Implemented by the modules that hold such work; the element's page lists what
 * they return. Only what citizens may read is returned.
 */
public interface ElementLinks {

    /** One piece of linked work: a heading line (年度 and 部) and its title, with the public page it is on. */
    record LinkedWork(int fiscalYear, String context, String title, String href) {}

    List<LinkedWork> linkedTo(String municipalityCode, String elementKey);
}
