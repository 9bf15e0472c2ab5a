/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reply Text</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Server or client texts that identify a cause: phrases found anywhere in a reply, an error dialog or an exception (case-insensitive), optionally narrowed by a regular expression.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ReplyText#getKind <em>Kind</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyText#getPhrases <em>Phrases</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyText#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyText#getProduct <em>Product</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyText#getProductKind <em>Product Kind</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getReplyText()
 * @model
 * @generated
 */
public interface ReplyText extends ReplyKnowledge {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.mailscope.model.ReplyTextKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ReplyTextKind
	 * @see #setKind(ReplyTextKind)
	 * @see io.mailscope.model.MailscopePackage#getReplyText_Kind()
	 * @model required="true"
	 * @generated
	 */
	ReplyTextKind getKind();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyText#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.mailscope.model.ReplyTextKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReplyTextKind value);

	/**
	 * Returns the value of the '<em><b>Phrases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Literal phrases, case-insensitive; the entry applies when one of them is in the text. Every text the pattern finds must contain one of them, so no regular expression runs on a text that cannot match.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phrases</em>' attribute list.
	 * @see io.mailscope.model.MailscopePackage#getReplyText_Phrases()
	 * @model required="true"
	 * @generated
	 */
	EList<String> getPhrases();

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional Java regular expression (case-insensitive) that must also be found when one of the phrases is; the part it finds is quoted in the finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyText_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyText#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Product</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For certificate-issuer entries: the product that issues its own certificates to intercept TLS, e.g. Avast.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product</em>' attribute.
	 * @see #setProduct(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyText_Product()
	 * @model
	 * @generated
	 */
	String getProduct();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyText#getProduct <em>Product</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product</em>' attribute.
	 * @see #getProduct()
	 * @generated
	 */
	void setProduct(String value);

	/**
	 * Returns the value of the '<em><b>Product Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For certificate-issuer entries: what kind of product it is, e.g. anti-virus mail scanning.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Product Kind</em>' attribute.
	 * @see #setProductKind(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyText_ProductKind()
	 * @model
	 * @generated
	 */
	String getProductKind();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyText#getProductKind <em>Product Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Product Kind</em>' attribute.
	 * @see #getProductKind()
	 * @generated
	 */
	void setProductKind(String value);

} // ReplyText
