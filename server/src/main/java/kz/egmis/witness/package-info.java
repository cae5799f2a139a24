/**
 * The witness: a small standalone command ({@code java -jar egmis.jar witness ...}) with which an outside
 * auditor watches the ledger. It fetches signed tree heads over HTTP, keeps them in a state file, and checks that
 * every new head is signed by the pinned key and extends the ones it holds. No Spring context is started: only
 * java.net.http, Jackson and the verification code of {@link kz.egmis.ledger}.
 */
package kz.egmis.witness;
