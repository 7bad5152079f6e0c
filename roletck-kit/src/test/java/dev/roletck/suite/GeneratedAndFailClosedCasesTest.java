package dev.roletck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.api.AccessDecision;
import dev.roletck.matrix.Group;
import dev.roletck.matrix.Spec;
import dev.roletck.model.Relation;
import dev.roletck.model.Table;
import dev.roletck.protocol.ProtocolServer;
import dev.roletck.protocol.Wire;
import dev.roletck.reference.ReferencePolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated cases cover what they promise and agree with the matrices; every fail-closed request is refused by the kit itself. */
class GeneratedAndFailClosedCasesTest {
    private static final ReferencePolicy REFERENCE = new ReferencePolicy();

    @Test
    void accessCoversEverySubsetOfEveryTablesRolesUnderEveryRelationAndLicence() {
        List<AccessCase> cases = GeneratedCases.access(3, REFERENCE);
        Set<String> subsets = new HashSet<>();
        for (AccessCase c : cases) {
            if (c.request().roles().toList().stream().allMatch(c.request().table()::lists)) subsets.add(c.id());
        }
        int expected = 0;
        for (Table t : Table.values()) {
            int contexts = t == Table.CONTACT_CENTER ? 4 : 1;
            expected += t.capabilities().size() * Relation.values().length * (1 << t.roles().size()) * contexts;
        }
        assertEquals(expected, subsets.size());
        assertTrue(cases.size() > expected, "some hold a role of another table too");
        assertTrue(cases.stream().anyMatch(c -> c.request().roles().size() >= 4), "three roles and more");
        assertTrue(cases.stream().anyMatch(AccessCase::reordered), "roles go out in varied orders");
    }

    /**
     * The reference policy and the matrices agree on every generated request — three, four, seven
     * roles at once — so the generated expectations rest on the same reading as the fixed cases.
     */
    @Test
    void everyGeneratedAccessExpectationAgreesWithTheMatrices() {
        Spec spec = TestSpec.spec();
        for (AccessCase c : GeneratedCases.access(5, REFERENCE)) {
            AccessDecision matrix = Cases.expected(spec.matrix(c.request().table()), c.request());
            assertTrue(c.expected().matches(matrix), () -> c.id() + ": reference " + c.expected().describe()
                    + " but the matrices say " + matrix);
        }
    }

    @Test
    void assignmentRequestsVaryEveryField() {
        List<AssignmentCase> cases = GeneratedCases.assignment(11, 2000, REFERENCE);
        assertEquals(2000, cases.size());
        assertTrue(cases.stream().anyMatch(c -> c.request().target().sameAsActor() && c.request().actor().roles().size() >= 2));
        assertTrue(cases.stream().anyMatch(c -> c.request().actor().siteRoles().size() == 2));
        assertTrue(cases.stream().anyMatch(c -> c.request().site().isPresent()));
        assertTrue(cases.stream().anyMatch(c -> c.request().actor().activeSalesRelationship()));
        assertTrue(cases.stream().anyMatch(c -> c.expected().verdict() == dev.roletck.model.Verdict.ALLOWED));
        assertTrue(cases.stream().anyMatch(c -> c.expected().verdict() == dev.roletck.model.Verdict.REFUSED));
        assertTrue(cases.stream().allMatch(c -> c.requires().equals(Set.of(Group.GENERATED, Group.ASSIGNMENT))));
    }

    @Test
    void everyFailClosedRequestIsAnsweredWithAnErrorByTheReferenceServer() {
        List<FailClosedCase> cases = FailClosedCases.all();
        assertTrue(cases.size() >= 200, "at least 200 checks: " + cases.size());
        assertEquals(cases.size(), cases.stream().map(FailClosedCase::id).distinct().count());
        ProtocolServer server = new ProtocolServer(REFERENCE, "reference");
        int n = 0;
        for (FailClosedCase c : cases) {
            var request = c.request();
            request.put("id", ++n);
            JsonNode reply = server.answer(request.toString());
            assertTrue(reply.has("error"), () -> c.id() + " (" + c.provenance().defect() + ") was answered: " + reply);
        }
    }
}
