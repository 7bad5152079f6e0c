package dev.roletck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.roletck.reference.ReferencePolicy;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolServerTest {
    private final ProtocolServer server = new ProtocolServer(new ReferencePolicy(), "test");

    private JsonNode answer(String line) throws Exception {
        return Wire.JSON.readTree(server.answer(line).toString());
    }

    @Test
    void answersTheAccessExampleOfProtocolMd() throws Exception {
        JsonNode a = answer("{\"id\":1,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
                + "\"roles\":[\"device_admin\"],\"relation\":\"customer\",\"context\":{}}");
        assertEquals("{\"id\":1,\"access\":\"full\",\"scopes\":[],\"grants\":[{\"access\":\"full\",\"scope\":null}]}", a.toString());
    }

    @Test
    void answersTheAssignmentExampleOfProtocolMd() throws Exception {
        JsonNode a = answer("{\"id\":2,\"kind\":\"assign\",\"operation\":\"assign\",\"organization\":\"customer\","
                + "\"role\":\"advanced_troubleshooting_access\",\"site\":null,"
                + "\"actor\":{\"roles\":[\"full_admin\"],\"site_roles\":{},\"relation\":\"customer\",\"active_sales_relationship\":false},"
                + "\"target\":{\"same_as_actor\":true,\"roles\":[\"full_admin\"],\"site_roles\":{},\"relation\":\"customer\","
                + "\"home\":\"ordinary\",\"contact_center_enabled\":false}}");
        assertEquals("{\"id\":2,\"verdict\":\"refused\",\"rules\":[\"R10\"]}", a.toString());
    }

    @Test
    void unknownIdsAreErrorsThatNameTheKnownIds() throws Exception {
        JsonNode a = answer("{\"id\":3,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
                + "\"roles\":[\"full_admn\"],\"relation\":\"customer\"}");
        assertEquals(3, a.get("id").asInt());
        assertTrue(a.get("error").asText().startsWith("unknown role 'full_admn' in field 'roles' (known: full_admin,"), a.toString());
    }

    @Test
    void aMissingRelationIsAnErrorNotADecision() throws Exception {
        JsonNode a = answer("{\"id\":4,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
                + "\"roles\":[\"full_admin\"]}");
        assertEquals("missing field 'relation'", a.get("error").asText());
        assertTrue(!a.has("access"));
    }

    @Test
    void aContextKeyOfAnotherTableIsAnError() throws Exception {
        JsonNode a = answer("{\"id\":5,\"kind\":\"access\",\"table\":\"organization_roles\",\"capability\":\"device_management\","
                + "\"roles\":[\"full_admin\"],\"relation\":\"customer\",\"context\":{\"cc_license\":\"standard\"}}");
        assertTrue(a.get("error").asText().contains("applies only to table 'contact_center'"), a.toString());
    }

    @Test
    void anUnreadableLineGetsANullIdAndTheServerGoesOn() throws Exception {
        StringWriter out = new StringWriter();
        String input = "{not json\n\n{\"id\":\"x\",\"kind\":\"hello\"}\n[1,2]\n";
        server.serve(new BufferedReader(new StringReader(input)), new PrintWriter(out));
        List<String> lines = out.toString().lines().toList();
        assertEquals(3, lines.size(), out.toString());
        assertTrue(lines.get(0).startsWith("{\"id\":null,\"error\":\"not a JSON object"), lines.get(0));
        assertEquals("{\"id\":\"x\",\"protocol\":1,\"name\":\"test\"}", lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"id\":null,\"error\":"), lines.get(2));
    }

    @Test
    void aSiteRoleWithoutASiteIsAnError() throws Exception {
        JsonNode a = answer("{\"id\":6,\"kind\":\"assign\",\"operation\":\"assign\",\"organization\":\"customer\","
                + "\"role\":\"webex_site_admin\",\"actor\":{\"roles\":[\"full_admin\"],\"relation\":\"customer\"},"
                + "\"target\":{\"roles\":[],\"relation\":\"customer\"}}");
        assertTrue(a.get("error").asText().contains("name the site (R11)"), a.toString());
    }

    @Test
    void requestsRoundTripThroughTheirJsonForm() throws Exception {
        String line = "{\"kind\":\"assign\",\"operation\":\"revoke\",\"organization\":\"customer\",\"role\":\"webex_user_admin\","
                + "\"site\":{\"id\":\"s1\",\"managed_by\":\"control_hub\"},"
                + "\"actor\":{\"roles\":[\"full_admin\"],\"site_roles\":{},\"relation\":\"customer\",\"active_sales_relationship\":false},"
                + "\"target\":{\"same_as_actor\":false,\"roles\":[],\"site_roles\":{\"s1\":[\"webex_user_admin\",\"meeting_content_admin\"]},"
                + "\"relation\":\"customer\",\"home\":\"ordinary\",\"contact_center_enabled\":false}}";
        assertEquals(line, Wire.toJson(Wire.assignmentRequest(Wire.JSON.readTree(line))).toString());
    }
}
