/**
 */
package io.mailscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The error-code catalog: every code Mailscope knows, and the protocol replies clients turn into them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.Catalog#getName <em>Name</em>}</li>
 *   <li>{@link io.mailscope.model.Catalog#getVersion <em>Version</em>}</li>
 *   <li>{@link io.mailscope.model.Catalog#getCodes <em>Codes</em>}</li>
 *   <li>{@link io.mailscope.model.Catalog#getReplies <em>Replies</em>}</li>
 *   <li>{@link io.mailscope.model.Catalog#getKnowledge <em>Knowledge</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see io.mailscope.model.MailscopePackage#getCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Catalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see io.mailscope.model.MailscopePackage#getCatalog_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link io.mailscope.model.Catalog#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ErrorCode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getCatalog_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ErrorCode> getCodes();

	/**
	 * Returns the value of the '<em><b>Replies</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ProtocolReply}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replies</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getCatalog_Replies()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolReply> getReplies();

	/**
	 * Returns the value of the '<em><b>Knowledge</b></em>' containment reference list.
	 * The list contents are of type {@link io.mailscope.model.ReplyKnowledge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What server replies, error texts, banners and certificates say about their cause, in the order they are consulted: the first entry found in a text decides. Contributed entries come before the shipped ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Knowledge</em>' containment reference list.
	 * @see io.mailscope.model.MailscopePackage#getCatalog_Knowledge()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReplyKnowledge> getKnowledge();

} // Catalog
