// Package protoimpl stands for the protobuf runtime's state types.
package protoimpl

type MessageState struct{}
type SizeCache = int32
type UnknownFields = []byte
