package dev.roletck.cli;

import dev.roletck.harness.ExitCodes;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roletck.api.BadRequestException;
import dev.roletck.harness.StandardCases;
import dev.roletck.matrix.MatrixLoader;
import dev.roletck.protocol.Wire;
import dev.roletck.suite.Cases;
import dev.roletck.suite.Explanation;
import dev.roletck.reference.ReferencePolicy;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roletck decide}: the reference decision for one access request, as one JSON line. */
@Command(name = "decide", mixinStandardHelpOptions = true, description = "Print the reference policy's access decision as one JSON line.")
final class DecideCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--table", required = true, description = "Table id, e.g. organization_roles.") String table;
    @Option(names = "--capability", required = true, description = "Capability id of that table.") String capability;
    @Option(names = "--roles", split = ",", description = "Role ids held together (none: empty list).") List<String> roles = List.of();
    @Option(names = "--relation", defaultValue = "customer", description = "customer, partner or other (default: ${DEFAULT-VALUE}).") String relation;
    @Option(names = "--cc-license", description = "none, standard or premium (contact_center only).") String ccLicense;
    @Option(names = "--explain", description = "Also explain the answer from the matrices: each role's cell and provenance, "
            + "which grant covers which, the rule and its seed lines.") boolean explain;

    @Override public Integer call() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("table", table);
        request.put("capability", capability);
        ArrayNode r = request.putArray("roles");
        roles.stream().filter(s -> !s.isBlank()).forEach(r::add);
        request.put("relation", relation);
        ObjectNode context = request.putObject("context");
        if (ccLicense != null) context.put("cc_license", ccLicense);
        try {
            dev.roletck.api.AccessRequest accessRequest = Wire.accessRequest(request);
            ObjectNode answer = Wire.toJson(new ReferencePolicy().decide(accessRequest));
            spec.commandLine().getOut().println(answer);
            if (explain) {
                dev.roletck.matrix.Spec s = StandardCases.orThrow(MatrixLoader.loadAll(Home.path(StandardCases.DIRECTORY)));
                String id = Cases.id(accessRequest);
                Explanation e = Cases.of(s).stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(c -> Explanation.of(s, c)).orElseGet(() -> Explanation.of(s, accessRequest));
                new ExplainText(java.util.Locale.getDefault(), Home.path("docs/spec/seeds")).print(e, spec.commandLine().getOut());
            }
            return ExitCodes.OK;
        } catch (dev.roletck.harness.UsageException e) {
            e.say(java.util.Locale.getDefault()).lines().forEach(line -> spec.commandLine().getErr().println("roletck decide: " + line));
            return ExitCodes.BAD_INPUT;
        } catch (BadRequestException e) {
            spec.commandLine().getErr().println("roletck decide: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
