/**
 */
package io.mailscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reply Knowledge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One piece of reply knowledge: something a server reply, error text, banner or certificate can contain, the catalog cause it points to and what to tell the customer.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getId <em>Id</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getCauseId <em>Cause Id</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getConfidence <em>Confidence</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getWhy <em>Why</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getFix <em>Fix</em>}</li>
 *   <li>{@link io.mailscope.model.ReplyKnowledge#getSource <em>Source</em>}</li>
 * </ul>
 *
 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge()
 * @model abstract="true"
 * @generated
 */
public interface ReplyKnowledge extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable id, unique in the catalog (contributions prefix their own, e.g. acme.relay-policy); problems and reports refer to it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Cause Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalog cause this points to, e.g. 0x800CCC79.relay-denied. Empty for registry entries that explain a code without deciding a cause.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cause Id</em>' attribute.
	 * @see #setCauseId(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_CauseId()
	 * @model
	 * @generated
	 */
	String getCauseId();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getCauseId <em>Cause Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause Id</em>' attribute.
	 * @see #getCauseId()
	 * @generated
	 */
	void setCauseId(String value);

	/**
	 * Returns the value of the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the entry alone can carry, 0..1: 0.8 and more only where it names the cause outright.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence</em>' attribute.
	 * @see #setConfidence(double)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_Confidence()
	 * @model
	 * @generated
	 */
	double getConfidence();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getConfidence <em>Confidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence</em>' attribute.
	 * @see #getConfidence()
	 * @generated
	 */
	void setConfidence(double value);

	/**
	 * Returns the value of the '<em><b>Why</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One sentence for the engineer: what this reply or text means.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Why</em>' attribute.
	 * @see #setWhy(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_Why()
	 * @model required="true"
	 * @generated
	 */
	String getWhy();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getWhy <em>Why</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Why</em>' attribute.
	 * @see #getWhy()
	 * @generated
	 */
	void setWhy(String value);

	/**
	 * Returns the value of the '<em><b>Fix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the engineer can send the customer (or the administrator) to fix it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fix</em>' attribute.
	 * @see #setFix(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_Fix()
	 * @model
	 * @generated
	 */
	String getFix();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getFix <em>Fix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fix</em>' attribute.
	 * @see #getFix()
	 * @generated
	 */
	void setFix(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the knowledge comes from (an RFC, a provider's documentation, a support thread).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see io.mailscope.model.MailscopePackage#getReplyKnowledge_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link io.mailscope.model.ReplyKnowledge#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

} // ReplyKnowledge
